package io.hearth.platform;

import java.util.List;

import io.hearth.support.Api;
import io.hearth.support.Api.Reply;
import io.hearth.support.ApiSystemTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rows written before word search (or seeded without terms) are found once the reindex
 * has run, batch by batch, and nothing is left stale.
 */
class SearchReindexSystemTest extends ApiSystemTest {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	List<SearchReindexer> reindexers;

	@Test
	void shouldMakeStaleRowsSearchableAgain() {
		Api owner = this.api.as(this.accounts.create("user"));
		Reply category = owner.post("/api/v1/collections/categories", "{\"name\": \"Old\", \"fields\": []}");
		Reply item = owner.post("/api/v1/collections/items", "{\"name\": \"Gramophone needle\", \"category_id\": \""
				+ category.json().at("/data/id").asString() + "\"}");
		String id = item.json().at("/data/id").asString();
		assertThat(found(owner, "gramo")).isEqualTo(1);
		// as the V12 migration leaves a row written before it: no terms, version 0
		this.jdbc.update("UPDATE items SET search_terms = NULL, name_terms = NULL, search_version = 0 WHERE id = ?",
				java.util.UUID.fromString(id));
		this.jdbc.update("DELETE FROM item_terms WHERE row_id = ?", java.util.UUID.fromString(id));
		assertThat(found(owner, "gramo")).isZero();
		SearchReindexer collections = this.reindexers.stream()
			.filter((r) -> r.name().equals("collections"))
			.findFirst()
			.orElseThrow();
		assertThat(collections.stale()).isPositive();
		while (collections.reindexBatch() > 0) {
			// batch by batch, each in its own transaction
		}
		assertThat(collections.stale()).isZero();
		assertThat(found(owner, "gramo needle")).isEqualTo(1);
	}

	private static long found(Api owner, String q) {
		return owner.get("/api/v1/collections/items?q=" + q.replace(" ", "+"))
			.json()
			.at("/meta/pagination/total")
			.asLong();
	}

}
