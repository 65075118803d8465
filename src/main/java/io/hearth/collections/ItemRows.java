package io.hearth.collections;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The item read model: the columns a view shows, read with one plain statement and no
 * transaction (one round trip; no entity, no persistence context, no dirty checking). A
 * read of an item that is not in the view cache costs this one query, plus one per kind
 * of part (links, photos) only when the row says it has some.
 */
@Component
class ItemRows {

	private static final String COLUMNS = "id, owner_id, category_id, name, description, item_values, photo_count, url_count, created_at, updated_at, version";

	private static final TypeReference<LinkedHashMap<String, Object>> VALUES = new TypeReference<>() {
	};

	private final JdbcTemplate jdbc;

	ItemRows(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Row> byId(UUID id) {
		List<Row> rows = this.jdbc.query("SELECT " + COLUMNS + " FROM items WHERE id = ?", (rs, n) -> row(rs), id);
		return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
	}

	private static Row row(ResultSet rs) throws SQLException {
		long version = rs.getLong("version");
		return new Row(rs.getObject("id", UUID.class), rs.getObject("owner_id", UUID.class),
				rs.getObject("category_id", UUID.class), rs.getString("name"), rs.getString("description"),
				rs.getString("item_values"), rs.getInt("photo_count"), rs.getInt("url_count"),
				rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant(), version);
	}

	/** What an item view is made of, whether read here or taken from a written entity. */
	record Row(UUID id, UUID ownerId, UUID categoryId, String name, @Nullable String description, String valuesJson,
			int photoCount, int urlCount, Instant createdAt, Instant updatedAt, long version) {

		Map<String, Object> values() {
			return Category.mapper().readValue(this.valuesJson, VALUES);
		}

	}

}
