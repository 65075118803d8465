package io.hearth.club;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What members follow and where they go: two link tables, written with plain SQL (a row
 * is a fact with no behaviour of its own) and added idempotently, so a repeated
 * {@code PUT} changes nothing.
 */
@Component
class MemberLinks {

	/** What a member can follow. */
	enum Target {

		VENUE, ARTIST, EVENT;

		String value() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	private final JdbcTemplate jdbc;

	MemberLinks(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Adds the favourite unless it is there. Two identical requests racing each other
	 * meet the primary key, and the loser answers 409 (nothing is stored twice).
	 */
	void favourite(UUID user, Target target, UUID id, Instant now) {
		Integer there = this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM club_favourites WHERE user_id = ? AND kind = ? AND target_id = ?", Integer.class,
				user, target.value(), id);
		if (there == null || there == 0) {
			this.jdbc.update("INSERT INTO club_favourites (user_id, kind, target_id, created_at) VALUES (?, ?, ?, ?)",
					user, target.value(), id, Timestamp.from(now));
		}
	}

	void unfavourite(UUID user, Target target, UUID id) {
		this.jdbc.update("DELETE FROM club_favourites WHERE user_id = ? AND kind = ? AND target_id = ?", user,
				target.value(), id);
	}

	/** A member's favourites of one kind, oldest first. */
	List<UUID> favourites(UUID user, Target target) {
		return this.jdbc.queryForList(
				"SELECT target_id FROM club_favourites WHERE user_id = ? AND kind = ? ORDER BY created_at, target_id",
				UUID.class, user, target.value());
	}

	void going(UUID user, UUID event, Instant now) {
		Integer there = this.jdbc.queryForObject("SELECT COUNT(*) FROM club_going WHERE user_id = ? AND event_id = ?",
				Integer.class, user, event);
		if (there == null || there == 0) {
			this.jdbc.update("INSERT INTO club_going (user_id, event_id, created_at) VALUES (?, ?, ?)", user, event,
					Timestamp.from(now));
		}
	}

	void notGoing(UUID user, UUID event) {
		this.jdbc.update("DELETE FROM club_going WHERE user_id = ? AND event_id = ?", user, event);
	}

	List<UUID> goingTo(UUID user) {
		return this.jdbc.queryForList("SELECT event_id FROM club_going WHERE user_id = ? ORDER BY created_at, event_id",
				UUID.class, user);
	}

	/** How many go to each of these events (absent: none). */
	Map<UUID, Integer> goingCounts(Collection<UUID> events) {
		Map<UUID, Integer> counts = new HashMap<>();
		if (events.isEmpty()) {
			return counts;
		}
		String marks = String.join(",", java.util.Collections.nCopies(events.size(), "?"));
		this.jdbc.query("SELECT event_id, COUNT(*) FROM club_going WHERE event_id IN (" + marks + ") GROUP BY event_id",
				(row) -> {
					counts.put(row.getObject(1, UUID.class), row.getInt(2));
				}, events.toArray());
		return counts;
	}

	/**
	 * Who follows this event: going to it, or a favourite of it, of its venue or of an
	 * artist on its bill.
	 */
	Set<UUID> audience(ClubEvent event) {
		Set<UUID> users = new LinkedHashSet<>(this.jdbc.queryForList(
				"SELECT user_id FROM club_going WHERE event_id = ? ORDER BY user_id", UUID.class, event.id()));
		users.addAll(this.jdbc.queryForList(
				"SELECT user_id FROM club_favourites WHERE (kind = 'event' AND target_id = ?) OR (kind = 'venue' AND target_id = ?)"
						+ " ORDER BY user_id",
				UUID.class, event.id(), event.venueId()));
		for (ClubEvent.Billing billing : event.artists()) {
			users.addAll(this.jdbc.queryForList(
					"SELECT user_id FROM club_favourites WHERE kind = 'artist' AND target_id = ? ORDER BY user_id",
					UUID.class, billing.artistId()));
		}
		return users;
	}

	/**
	 * Who follows the venue or an artist of a newly published event (not the event
	 * itself).
	 */
	Set<UUID> followers(ClubEvent event) {
		Set<UUID> users = new LinkedHashSet<>(this.jdbc.queryForList(
				"SELECT user_id FROM club_favourites WHERE kind = 'venue' AND target_id = ? ORDER BY user_id",
				UUID.class, event.venueId()));
		for (ClubEvent.Billing billing : event.artists()) {
			users.addAll(this.jdbc.queryForList(
					"SELECT user_id FROM club_favourites WHERE kind = 'artist' AND target_id = ? ORDER BY user_id",
					UUID.class, billing.artistId()));
		}
		return users;
	}

	/** A venue or an artist is gone: so are its favourites. */
	void forget(Target target, UUID id) {
		this.jdbc.update("DELETE FROM club_favourites WHERE kind = ? AND target_id = ?", target.value(), id);
	}

	/** A deleted user leaves the club. */
	void forgetUser(UUID user) {
		this.jdbc.update("DELETE FROM club_favourites WHERE user_id = ?", user);
		this.jdbc.update("DELETE FROM club_going WHERE user_id = ?", user);
	}

}
