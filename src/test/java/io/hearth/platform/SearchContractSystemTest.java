package io.hearth.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.hearth.support.Api;
import io.hearth.support.Api.Reply;
import io.hearth.support.ApiSystemTest;
import io.hearth.support.SiteFixture;
import io.hearth.support.TestAccounts.Account;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static io.hearth.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search contract, over HTTP, with the same expected results on H2, PostgreSQL and
 * MariaDB (PostgreSQL answers from its full-text index, the others from postings): word
 * prefixes, AND, accents and case, digits, the word limit, the relevance tier, bounded
 * totals, suggestions, no stale match after an edit or a delete, and nobody else's rows.
 */
class SearchContractSystemTest extends ApiSystemTest {

	Account owner;

	Api mine;

	String category;

	@BeforeEach
	void collection() {
		this.owner = this.accounts.create("user");
		this.mine = this.api.as(this.owner);
		this.category = category(this.mine, "Parts");
	}

	@Test
	void shouldMatchWordPrefixesOfEveryTokenIgnoringAccentsAndCase() {
		item("Cable USB type B", "For the printer");
		item("Transistor BC547", null);
		item("Crème brûlée torch", "Kitchen");
		item("Resistor 10k", "Size 5 pack");
		assertThat(names("usb b cable")).containsExactly("Cable USB type B");
		assertThat(names("trans")).containsExactly("Transistor BC547");
		assertThat(names("sistor")).as("the middle of a word is no match").isEmpty();
		assertThat(names("CREME Brulee")).containsExactly("Crème brûlée torch");
		assertThat(names("usb hdmi")).as("every token must match").isEmpty();
		assertThat(names("10")).containsExactly("Resistor 10k");
		assertThat(names("5")).as("a one-digit token is kept").containsExactly("Resistor 10k");
		assertThat(names("bc5")).containsExactly("Transistor BC547");
		assertThat(names("printer")).as("the description is searched").containsExactly("Cable USB type B");
	}

	@Test
	void shouldRefuseMoreThanEightWordsNamingQ() {
		assertProblem(this.mine.get("/api/v1/collections/items?q=a1+b2+c3+d4+e5+f6+g7+h8+i9"), 422,
				"VALIDATION_FAILED");
		assertThat(this.mine.get("/api/v1/collections/items?q=a1+b2+c3+d4+e5+f6+g7+h8+i9")
			.json()
			.at("/errors/q")
			.isMissingNode()).isFalse();
		assertThat(this.mine.get("/api/v1/collections/items?q=a1+b2+c3+d4+e5+f6+g7+h8").status()).isEqualTo(200);
	}

	@Test
	void shouldListNameMatchesFirstThenNewest() {
		item("Cable organiser", null);
		item("Drawer", "holds a cable");
		item("Box", "cable inside");
		assertThat(names("cable")).containsExactly("Cable organiser", "Box", "Drawer");
		assertThat(names("cable&sort=relevance")).containsExactly("Cable organiser", "Box", "Drawer");
		assertThat(names("cable&sort=name")).containsExactly("Box", "Cable organiser", "Drawer");
		// pages cut across the tiers where they meet
		assertThat(names("cable&per_page=1&page=1")).containsExactly("Cable organiser");
		assertThat(names("cable&per_page=1&page=2")).containsExactly("Box");
		assertThat(names("cable&per_page=2&page=2")).containsExactly("Drawer");
	}

	@Test
	void shouldRankANameWithAFortyLetterWordFirstAndFollowItsRename() {
		String long40 = "pneumonoultramicroscopicsilicovolcanoabc";
		assertThat(long40).hasSize(40);
		item("Drawer", "holds a " + long40);
		String id = item("Jar of " + long40, null);
		assertThat(names(long40)).containsExactly("Jar of " + long40, "Drawer");
		assertThat(names("pneumono")).containsExactly("Jar of " + long40, "Drawer");
		Reply renamed = this.mine.send("PATCH", "/api/v1/collections/items/" + id, "{\"name\": \"Jar\"}",
				"Content-Type", "application/merge-patch+json");
		assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
		assertThat(names("pneumono")).containsExactly("Drawer");
	}

	@Test
	void shouldStopCountingAtOneThousandAndSayItIsALowerBound() {
		StringBuilder file = new StringBuilder(
				"{\"format\": \"hearth-collection/1\", \"categories\": [], \"items\": [");
		for (int i = 0; i < 1005; i++) {
			file.append((i > 0) ? "," : "")
				.append("{\"id\": \"")
				.append(UUID.randomUUID())
				.append("\", \"category_id\": \"")
				.append(this.category)
				.append("\", \"name\": \"Widget ")
				.append(i)
				.append("\"}");
		}
		Reply imported = this.mine.post("/api/v1/collections/import", file.append("]}").toString());
		assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
		JsonNode pagination = this.mine.get("/api/v1/collections/items?q=widget&per_page=10&page=2")
			.json()
			.at("/meta/pagination");
		assertThat(pagination.get("total").asLong()).isEqualTo(1000);
		assertThat(pagination.get("total_relation").asString()).isEqualTo("gte");
		JsonNode exact = this.mine.get("/api/v1/collections/items?q=widget+100&per_page=10&page=1")
			.json()
			.at("/meta/pagination");
		assertThat(exact.get("total_relation").asString()).isEqualTo("eq");
		assertThat(exact.get("total").asLong()).as("Widget 100…1004 whose number starts with 100").isEqualTo(6);
	}

	@Test
	void shouldSuggestWordsOfTheOwnersVocabularyWhenNothingIsFound() {
		item("Cable organiser", null);
		JsonNode body = this.mine.get("/api/v1/collections/items?q=cabel").json();
		assertThat(body.get("data").size()).isZero();
		assertThat(body.at("/meta/suggestions").toString()).contains("\"cable\"");
		JsonNode cursor = this.mine.get("/api/v1/collections/items?q=cabel&cursor=").json();
		assertThat(cursor.at("/meta/suggestions").toString()).contains("\"cable\"");
		Api other = this.api.as(this.accounts.create("user"));
		assertThat(other.get("/api/v1/collections/items?q=cabel").json().at("/meta/suggestions").isMissingNode())
			.as("another owner's words are never suggested")
			.isTrue();
	}

	@Test
	void shouldLeaveNoStaleMatchAfterAnEditOrADelete() {
		String id = item("Alpha lamp", null);
		Reply renamed = this.mine.send("PATCH", "/api/v1/collections/items/" + id, "{\"name\": \"Omega lamp\"}",
				"Content-Type", "application/merge-patch+json");
		assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
		assertThat(names("alpha")).isEmpty();
		assertThat(names("omega")).containsExactly("Omega lamp");
		assertThat(this.mine.delete("/api/v1/collections/items/" + id).status()).isEqualTo(204);
		assertThat(names("omega")).isEmpty();
		assertThat(names("lamp")).isEmpty();
	}

	@Test
	void shouldNeverMatchAnotherOwnersItems() {
		item("Shared word gizmo", null);
		Api other = this.api.as(this.accounts.create("user"));
		String theirs = category(other, "Theirs");
		assertThat(other
			.post("/api/v1/collections/items", "{\"name\": \"Gizmo of theirs\", \"category_id\": \"" + theirs + "\"}")
			.status()).isEqualTo(201);
		assertThat(names("gizmo")).containsExactly("Shared word gizmo");
		assertThat(other.get("/api/v1/collections/items?q=gizmo").json().at("/data/0/name").asString())
			.isEqualTo("Gizmo of theirs");
	}

	@Test
	void shouldSearchInteractionsInTheActiveSiteOnly() {
		SiteFixture sites = new SiteFixture(this.api);
		Api editor = this.api.as(sites.editor);
		Api outsider = this.api.as(sites.outsider);
		interaction(editor, "Quarterly review with Zoë", "Budget");
		interaction(editor, "Call", "about the quarterly numbers");
		interaction(outsider, "Quarterly planning elsewhere", null);
		assertThat(titles(editor, "QUARTERLY zoe")).containsExactly("Quarterly review with Zoë");
		assertThat(titles(editor, "quart")).as("title matches first")
			.containsExactly("Quarterly review with Zoë", "Call");
		assertThat(titles(editor, "elsewhere")).as("another site's rows are never matched").isEmpty();
		assertThat(titles(editor, "budgte")).isEmpty();
		assertThat(editor.get("/api/v1/interactions?q=budgte").json().at("/meta/suggestions").toString())
			.contains("\"budget\"");
	}

	private String item(String name, String description) {
		Reply reply = this.mine.post("/api/v1/collections/items",
				"{\"name\": \"" + name + "\", \"category_id\": \"" + this.category + "\""
						+ ((description != null) ? ", \"description\": \"" + description + "\"" : "") + "}");
		assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
		return reply.json().at("/data/id").asString();
	}

	private List<String> names(String query) {
		Reply reply = this.mine.get("/api/v1/collections/items?" + (query.contains("per_page=") ? "" : "per_page=100&")
				+ "q=" + query.replace(" ", "+"));
		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
		List<String> names = new ArrayList<>();
		reply.json().get("data").forEach((n) -> names.add(n.get("name").asString()));
		if (!query.contains("sort=") && !query.contains("page=")) {
			// keyset pages find the same rows (newest first)
			Reply cursor = this.mine.get("/api/v1/collections/items?per_page=100&cursor=&q=" + query.replace(" ", "+"));
			assertThat(cursor.json().get("data").size()).isEqualTo(names.size());
		}
		return names;
	}

	private static String category(Api api, String name) {
		Reply reply = api.post("/api/v1/collections/categories", "{\"name\": \"" + name + "\", \"fields\": []}");
		assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
		return reply.json().at("/data/id").asString();
	}

	private static void interaction(Api api, String title, String description) {
		Reply reply = api.post("/api/v1/interactions",
				"{\"title\": \"" + title + "\", \"type\": \"Call\","
						+ " \"lead\": \"Ada\", \"start_at\": \"2026-11-01T10:00:00Z\", \"timezone\": \"UTC\""
						+ ((description != null) ? ", \"description\": \"" + description + "\"" : "") + "}");
		assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
	}

	private static List<String> titles(Api api, String query) {
		Reply reply = api.get("/api/v1/interactions?per_page=100&q=" + query.replace(" ", "+"));
		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
		List<String> titles = new ArrayList<>();
		reply.json().get("data").forEach((n) -> titles.add(n.get("title").asString()));
		return titles;
	}

}
