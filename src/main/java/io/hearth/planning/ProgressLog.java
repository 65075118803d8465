package io.hearth.planning;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What an analysis' event stream tells, written in the transaction of the change it tells
 * about. Each entry takes the next number of its analysis under the analysis row's lock,
 * so numbers are gap-free and committed in order: a reader that has seen {@code n}
 * resumes with {@code seq > n}.
 */
@Component
class ProgressLog {

	static final String TAB = "tab";

	static final String TEXT = "text";

	static final String ANALYSIS = "analysis";

	private final JdbcTemplate jdbc;

	private final Clock clock;

	ProgressLog(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Must run inside a transaction (the number and the row commit together). */
	void append(UUID analysis, String kind, @Nullable Tab tab, String data) {
		if (this.jdbc.update("UPDATE planning_analyses SET progress_seq = progress_seq + 1 WHERE id = ?",
				analysis) == 0) {
			// deleted meanwhile: nobody is left to tell
			return;
		}
		Long seq = this.jdbc.queryForObject("SELECT progress_seq FROM planning_analyses WHERE id = ?", Long.class,
				analysis);
		this.jdbc.update(
				"INSERT INTO planning_progress (analysis_id, seq, kind, tab, data, created_at) VALUES (?, ?, ?, ?, ?, ?)",
				analysis, seq, kind, (tab != null) ? tab.value() : null, data, Timestamp.from(this.clock.instant()));
	}

	/** One analysis' entries after {@code seq}, in order. */
	List<Entry> after(UUID analysis, long seq, int limit) {
		return this.jdbc.query((connection) -> {
			var statement = connection.prepareStatement(
					"SELECT analysis_id, seq, kind, tab, data FROM planning_progress WHERE analysis_id = ? AND seq > ?"
							+ " ORDER BY seq");
			statement.setObject(1, analysis);
			statement.setLong(2, seq);
			statement.setMaxRows(limit);
			return statement;
		}, (row, n) -> entry(row));
	}

	/** Every analysis' entries written since {@code since}, by analysis and number. */
	List<Entry> since(Instant since, int limit) {
		return this.jdbc.query((connection) -> {
			var statement = connection.prepareStatement(
					"SELECT analysis_id, seq, kind, tab, data FROM planning_progress WHERE created_at >= ?"
							+ " ORDER BY analysis_id, seq");
			statement.setTimestamp(1, Timestamp.from(since));
			statement.setMaxRows(limit);
			return statement;
		}, (row, n) -> entry(row));
	}

	void forget(UUID analysis) {
		this.jdbc.update("DELETE FROM planning_progress WHERE analysis_id = ?", analysis);
	}

	/**
	 * Entries older than {@code before} (streams resume from the analysis' state then).
	 */
	int prune(Instant before) {
		return this.jdbc.update("DELETE FROM planning_progress WHERE created_at < ? AND kind = ?",
				Timestamp.from(before), TEXT);
	}

	private static Entry entry(java.sql.ResultSet row) throws java.sql.SQLException {
		return new Entry(row.getObject(1, UUID.class), row.getLong(2), row.getString(3), row.getString(4),
				row.getString(5));
	}

	/**
	 * One entry; {@code data} is JSON for tab and analysis entries, a text piece for text
	 * ones.
	 */
	record Entry(UUID analysis, long seq, String kind, @Nullable String tab, String data) {
	}

}
