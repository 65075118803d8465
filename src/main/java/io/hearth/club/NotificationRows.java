package io.hearth.club;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.hearth.platform.Ids;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The notification table's set-wise writes, in plain SQL: made at most once (looked up,
 * then inserted; two jobs racing meet the unique key, and the loser's retry finds the
 * row), moved, cancelled, and claimed for delivery by a conditional update so that only
 * one dispatcher hands a row on.
 */
@Component
class NotificationRows {

	private static final String PENDING = ClubNotification.Status.PENDING.value();

	private final JdbcTemplate jdbc;

	NotificationRows(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Who of {@code users} already has this notification. */
	Set<UUID> having(ClubNotification.Kind kind, String subject, Collection<UUID> users) {
		if (users.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(
				this.jdbc.queryForList("SELECT user_id FROM club_notifications WHERE kind = ? AND subject = ?",
						UUID.class, kind.value(), subject));
	}

	/**
	 * Makes the notification for each of {@code users} that has none yet.
	 * @return how many were made
	 */
	int makeOnce(ClubNotification.Kind kind, String subject, @Nullable UUID event, Collection<UUID> users,
			java.util.function.Function<UUID, Instant> due, Instant now) {
		Set<UUID> done = having(kind, subject, users);
		List<Object[]> rows = users.stream()
			.filter((user) -> !done.contains(user))
			.map((user) -> new Object[] { Ids.newId(), user, kind.value(), subject, event,
					Timestamp.from(due.apply(user)), PENDING, false, 0, Timestamp.from(now), 0L })
			.toList();
		if (!rows.isEmpty()) {
			this.jdbc
				.batchUpdate(
						"INSERT INTO club_notifications (id, user_id, kind, subject, event_id, due_at, status,"
								+ " mailed, attempts, created_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
						rows);
		}
		return rows.size();
	}

	/** The pending notifications of one kind about an event: id and member. */
	List<Pending> pending(ClubNotification.Kind kind, UUID event) {
		return this.jdbc.query(
				"SELECT id, user_id FROM club_notifications WHERE kind = ? AND event_id = ? AND status = ? ORDER BY id",
				(row, n) -> new Pending(row.getObject(1, UUID.class), row.getObject(2, UUID.class)), kind.value(),
				event, PENDING);
	}

	/** A member's pending notifications of one kind, with their events. */
	List<Pending> pendingOf(UUID user, ClubNotification.Kind kind) {
		return this.jdbc.query(
				"SELECT id, event_id FROM club_notifications WHERE user_id = ? AND kind = ? AND status = ? ORDER BY id",
				(row, n) -> new Pending(row.getObject(1, UUID.class), row.getObject(2, UUID.class)), user, kind.value(),
				PENDING);
	}

	record Pending(UUID id, UUID other) {
	}

	void due(UUID id, Instant due) {
		this.jdbc.update("UPDATE club_notifications SET due_at = ?, version = version + 1 WHERE id = ? AND status = ?",
				Timestamp.from(due), id, PENDING);
	}

	void cancel(UUID id) {
		this.jdbc.update(
				"UPDATE club_notifications SET status = 'cancelled', version = version + 1 WHERE id = ? AND status = ?",
				id, PENDING);
	}

	/** An event is off: what was still to be said about it is not said. */
	int cancelAbout(UUID event) {
		return this.jdbc.update(
				"UPDATE club_notifications SET status = 'cancelled', version = version + 1"
						+ " WHERE event_id = ? AND status = ? AND kind IN ('new_event', 'reminder', 'event_changed')",
				event, PENDING);
	}

	/** Who was told about this event (a new-event mail or a reminder went out). */
	Set<UUID> told(UUID event) {
		return new HashSet<>(
				this.jdbc.queryForList("SELECT user_id FROM club_notifications WHERE event_id = ? AND status = 'sent'"
						+ " AND kind IN ('new_event', 'reminder')", UUID.class, event));
	}

	/** Pending notifications due by {@code now}, oldest first. */
	List<Pending> due(Instant now, int most) {
		return this.jdbc.query(
				"SELECT id, user_id FROM club_notifications WHERE status = ? AND due_at <= ? ORDER BY due_at, id"
						+ " LIMIT " + most,
				(row, n) -> new Pending(row.getObject(1, UUID.class), row.getObject(2, UUID.class)), PENDING,
				Timestamp.from(now));
	}

	/** Hands a pending notification on; false when another dispatcher already did. */
	boolean claim(UUID id) {
		return this.jdbc.update(
				"UPDATE club_notifications SET status = 'queued', version = version + 1 WHERE id = ? AND status = ?",
				id, PENDING) == 1;
	}

	void forgetUser(UUID user) {
		this.jdbc.update("DELETE FROM club_notifications WHERE user_id = ?", user);
	}

}
