package io.hearth.interactions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The interaction read model: the columns a view shows, read with one plain statement and
 * no transaction (one round trip, no entity, no persistence context). The site is part of
 * the key, so another site's interaction is simply not found.
 */
@Component
class InteractionRows {

	private static final String COLUMNS = "id, site_id, title, type, lead, start_at, end_at, timezone, location, description, notes, created_by, created_at, updated_by, updated_at, version";

	private final JdbcTemplate jdbc;

	InteractionRows(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Row> inSite(UUID site, UUID id) {
		List<Row> rows = this.jdbc.query("SELECT " + COLUMNS + " FROM interactions WHERE id = ? AND site_id = ?",
				(rs, n) -> row(rs), id, site);
		return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
	}

	private static Row row(ResultSet rs) throws SQLException {
		return new Row(rs.getObject("id", UUID.class), rs.getObject("site_id", UUID.class), rs.getString("title"),
				InteractionType.valueOf(rs.getString("type")), rs.getString("lead"),
				instant(rs.getTimestamp("start_at")), instantOrNull(rs.getTimestamp("end_at")),
				rs.getString("timezone"), rs.getString("location"), rs.getString("description"), rs.getString("notes"),
				rs.getObject("created_by", UUID.class), instant(rs.getTimestamp("created_at")),
				rs.getObject("updated_by", UUID.class), instant(rs.getTimestamp("updated_at")), rs.getLong("version"));
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp.toInstant();
	}

	private static @Nullable Instant instantOrNull(@Nullable Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	/** What an interaction view is made of. */
	record Row(UUID id, UUID siteId, String title, InteractionType type, String lead, Instant startAt,
			@Nullable Instant endAt, String timezone, @Nullable String location, @Nullable String description,
			@Nullable String notes, UUID createdBy, Instant createdAt, UUID updatedBy, Instant updatedAt,
			long version) {
	}

}
