package io.hearth.planning;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.hearth.ai.AiReply;
import io.hearth.platform.Ids;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The tabs' rows. Their state moves only by compare-and-set on (status, attempt): a job
 * claims a queued tab (or one whose heartbeat stopped) by raising its attempt, and only
 * the attempt that holds the claim can finish it, so a tab is written once even when a
 * slow worker and its replacement both run.
 */
@Component
class TabRows {

	static final String QUEUED = "queued";

	static final String GENERATING = "generating";

	static final String READY = "ready";

	static final String FAILED = "failed";

	private static final String COLUMNS = "id, analysis_id, tab, revision, is_current, status, feedback, content,"
			+ " schema_version, model, input_tokens, output_tokens, duration_ms, error, attempt, created_at, updated_at";

	private final JdbcTemplate jdbc;

	TabRows(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The first revisions of a new analysis' tabs, queued and current, in one batch (the
	 * creation holds the credit account's lock until it commits).
	 * @return the rows as stored, in the tabs' order
	 */
	List<Row> queueFirst(UUID analysis, List<Tab> tabs, Instant now) {
		List<Row> rows = tabs.stream()
			.map((tab) -> new Row(Ids.newId(), analysis, tab, 1, true, QUEUED, null, null, Tab.SCHEMA_VERSION, null, 0,
					0, null, null, 0, now, now))
			.toList();
		this.jdbc.batchUpdate(
				"INSERT INTO planning_tabs (id, analysis_id, tab, revision, is_current, status,"
						+ " schema_version, attempt, created_at, updated_at) VALUES (?, ?, ?, 1, TRUE, ?, ?, 0, ?, ?)",
				rows.stream()
					.map((row) -> new Object[] { row.id(), analysis, row.tab().value(), QUEUED, Tab.SCHEMA_VERSION,
							ts(now), ts(now) })
					.toList());
		return rows;
	}

	/** A new queued revision, made current (the previous current one stays, listed). */
	UUID queue(UUID analysis, Tab tab, int revision, @Nullable String feedback, Instant now) {
		UUID id = Ids.newId();
		this.jdbc.update("UPDATE planning_tabs SET is_current = FALSE WHERE analysis_id = ? AND tab = ?", analysis,
				tab.value());
		this.jdbc.update("INSERT INTO planning_tabs (id, analysis_id, tab, revision, is_current, status, feedback,"
				+ " schema_version, attempt, created_at, updated_at) VALUES (?, ?, ?, ?, TRUE, ?, ?, ?, 0, ?, ?)", id,
				analysis, tab.value(), revision, QUEUED, feedback, Tab.SCHEMA_VERSION, ts(now), ts(now));
		return id;
	}

	/**
	 * Claims the tab for one attempt: a queued tab, or a running one whose heartbeat is
	 * older than {@code staleBefore}.
	 * @return the attempt number holding the claim, empty when it is not to be run
	 */
	Optional<Integer> claim(UUID id, Instant now, Instant staleBefore) {
		int changed = this.jdbc.update(
				"UPDATE planning_tabs SET status = ?, attempt = attempt + 1, heartbeat_at = ?, updated_at = ?"
						+ " WHERE id = ? AND (status = ? OR (status = ? AND heartbeat_at < ?))",
				GENERATING, ts(now), ts(now), id, QUEUED, GENERATING, ts(staleBefore));
		if (changed == 0) {
			return Optional.empty();
		}
		return Optional
			.ofNullable(this.jdbc.queryForObject("SELECT attempt FROM planning_tabs WHERE id = ?", Integer.class, id));
	}

	/** A queued tab written at once (demo data). */
	void ready(UUID id, String content, String model, Instant now) {
		this.jdbc.update("UPDATE planning_tabs SET status = ?, content = ?, model = ?, updated_at = ? WHERE id = ?",
				READY, content, model, ts(now), id);
	}

	/**
	 * Stores the reply; false when the attempt lost its claim (the result is dropped).
	 */
	boolean finish(UUID id, int attempt, String content, AiReply reply, Instant now) {
		return this.jdbc.update(
				"UPDATE planning_tabs SET status = ?, content = ?, model = ?, input_tokens = ?, output_tokens = ?,"
						+ " duration_ms = ?, error = NULL, heartbeat_at = NULL, updated_at = ?"
						+ " WHERE id = ? AND status = ? AND attempt = ?",
				READY, content, reply.model(), reply.inputTokens(), reply.outputTokens(), reply.took().toMillis(),
				ts(now), id, GENERATING, attempt) == 1;
	}

	/** Gives up on the tab; false when the attempt lost its claim. */
	boolean fail(UUID id, @Nullable Integer attempt, String error, Instant now) {
		String cut = (error.length() > 500) ? error.substring(0, 499) + "…" : error;
		if (attempt == null) {
			return this.jdbc
				.update("UPDATE planning_tabs SET status = ?, error = ?, heartbeat_at = NULL, updated_at = ?"
						+ " WHERE id = ? AND status IN (?, ?)", FAILED, cut, ts(now), id, QUEUED, GENERATING) == 1;
		}
		return this.jdbc.update(
				"UPDATE planning_tabs SET status = ?, error = ?, heartbeat_at = NULL, updated_at = ?"
						+ " WHERE id = ? AND status = ? AND attempt = ?",
				FAILED, cut, ts(now), id, GENERATING, attempt) == 1;
	}

	/**
	 * Back to the queue for a later try (the provider was busy); false when the claim was
	 * lost.
	 */
	boolean requeue(UUID id, int attempt, Instant now) {
		return this.jdbc.update(
				"UPDATE planning_tabs SET status = ?, heartbeat_at = NULL, updated_at = ?"
						+ " WHERE id = ? AND status = ? AND attempt = ?",
				QUEUED, ts(now), id, GENERATING, attempt) == 1;
	}

	/** Running tabs whose heartbeat is older than {@code staleBefore}, queued again. */
	List<Row> requeueStale(Instant staleBefore, Instant now) {
		List<Row> stale = this.jdbc.query(
				"SELECT " + COLUMNS + " FROM planning_tabs WHERE status = ? AND heartbeat_at < ? ORDER BY heartbeat_at",
				(row, n) -> row(row), GENERATING, ts(staleBefore));
		return stale.stream()
			.filter((tab) -> this.jdbc.update(
					"UPDATE planning_tabs SET status = ?, heartbeat_at = NULL, updated_at = ?"
							+ " WHERE id = ? AND status = ? AND heartbeat_at < ?",
					QUEUED, ts(now), tab.id(), GENERATING, ts(staleBefore)) == 1)
			.toList();
	}

	int beat(List<UUID> ids, Instant now) {
		if (ids.isEmpty()) {
			return 0;
		}
		String marks = String.join(", ", java.util.Collections.nCopies(ids.size(), "?"));
		Object[] args = new Object[ids.size() + 2];
		args[0] = ts(now);
		args[1] = GENERATING;
		for (int i = 0; i < ids.size(); i++) {
			args[i + 2] = ids.get(i);
		}
		return this.jdbc.update("UPDATE planning_tabs SET heartbeat_at = ? WHERE status = ? AND id IN (" + marks + ")",
				args);
	}

	Optional<Row> find(UUID id) {
		return this.jdbc.query("SELECT " + COLUMNS + " FROM planning_tabs WHERE id = ?", (row, n) -> row(row), id)
			.stream()
			.findFirst();
	}

	/** The current revision of every tab of the analyses, in tab order. */
	List<Row> current(List<UUID> analyses) {
		if (analyses.isEmpty()) {
			return List.of();
		}
		String marks = String.join(", ", java.util.Collections.nCopies(analyses.size(), "?"));
		return this.jdbc
			.query("SELECT " + COLUMNS + " FROM planning_tabs WHERE is_current = TRUE AND analysis_id IN (" + marks
					+ ")", (row, n) -> row(row), analyses.toArray())
			.stream()
			.sorted(java.util.Comparator.comparing(Row::tab))
			.toList();
	}

	/** Every revision of one tab, newest first. */
	List<Row> revisions(UUID analysis, Tab tab) {
		return this.jdbc.query(
				"SELECT " + COLUMNS + " FROM planning_tabs WHERE analysis_id = ? AND tab = ? ORDER BY revision DESC",
				(row, n) -> row(row), analysis, tab.value());
	}

	int lastRevision(UUID analysis, Tab tab) {
		Integer last = this.jdbc.queryForObject(
				"SELECT MAX(revision) FROM planning_tabs WHERE analysis_id = ? AND tab = ?", Integer.class, analysis,
				tab.value());
		return (last != null) ? last : 0;
	}

	void forget(UUID analysis) {
		this.jdbc.update("DELETE FROM planning_tabs WHERE analysis_id = ?", analysis);
	}

	private static Row row(ResultSet row) throws SQLException {
		Timestamp created = row.getTimestamp("created_at");
		Timestamp updated = row.getTimestamp("updated_at");
		long duration = row.getLong("duration_ms");
		Duration took = row.wasNull() ? null : Duration.ofMillis(duration);
		return new Row(row.getObject("id", UUID.class), row.getObject("analysis_id", UUID.class),
				Tab.parse(row.getString("tab")).orElseThrow(), row.getInt("revision"), row.getBoolean("is_current"),
				row.getString("status"), row.getString("feedback"), row.getString("content"),
				row.getInt("schema_version"), row.getString("model"), row.getLong("input_tokens"),
				row.getLong("output_tokens"), took, row.getString("error"), row.getInt("attempt"), created.toInstant(),
				updated.toInstant());
	}

	private static Timestamp ts(Instant instant) {
		return Timestamp.from(instant);
	}

	/** One revision of one tab, its content as stored JSON. */
	record Row(UUID id, UUID analysis, Tab tab, int revision, boolean current, String status, @Nullable String feedback,
			@Nullable String content, int schemaVersion, @Nullable String model, long inputTokens, long outputTokens,
			@Nullable Duration took, @Nullable String error, int attempt, Instant createdAt, Instant updatedAt) {

		boolean settled() {
			return this.status.equals(READY) || this.status.equals(FAILED);
		}

	}

}
