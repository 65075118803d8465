package io.hearth.ops;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import io.hearth.support.Api.Reply;
import io.hearth.support.ApiSystemTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static io.hearth.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The notice board end to end: the resource that proves the conventions every module
 * follows (envelope, 201 + Location, ETag/If-Match, paging, sorting, cursors, role
 * checks, 409 on duplicates).
 */
class NoticeApiSystemTest extends ApiSystemTest {

	String admin;

	@BeforeEach
	void setUp() {
		this.admin = this.accounts.admin().bearer();
	}

	@Test
	void shouldCreateReadReviseAndDeleteANoticeWithConcurrencyTokens() {
		String title = unique("Maintenance");
		Reply created = this.api.post("/api/v1/notices", """
				{"title": "%s", "body": "Down at noon", "pinned": true}""".formatted(title), "Authorization",
				this.admin);
		assertThat(created.status()).isEqualTo(201);
		JsonNode notice = created.json().get("data");
		String id = notice.get("id").asString();
		assertThat(UUID.fromString(id).version()).isEqualTo(7);
		assertThat(created.header("Location")).isEqualTo("/api/v1/notices/" + id);
		assertThat(created.header("ETag")).isEqualTo("\"0\"");
		assertThat(created.json().get("success").asBoolean()).isTrue();
		assertThat(created.json().has("meta")).isFalse();
		assertThat(notice.get("created_at").asString()).endsWith("Z");
		assertThat(notice.get("pinned").asBoolean()).isTrue();

		Reply read = this.api.get("/api/v1/notices/" + id);
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.header("ETag")).isEqualTo("\"0\"");
		assertThat(read.json().at("/data/title").asString()).isEqualTo(title);

		Reply revised = this.api.put("/api/v1/notices/" + id, """
				{"title": "%s", "body": "Down at one"}""".formatted(title), "Authorization", this.admin, "If-Match",
				"\"0\"");
		assertThat(revised.status()).isEqualTo(200);
		assertThat(revised.header("ETag")).isEqualTo("\"1\"");
		assertThat(revised.json().at("/data/body").asString()).isEqualTo("Down at one");
		assertThat(revised.json().at("/data/pinned").asBoolean()).isFalse();

		Reply stale = this.api.put("/api/v1/notices/" + id, """
				{"title": "%s", "body": "Lost update"}""".formatted(title), "Authorization", this.admin, "If-Match",
				"\"0\"");
		assertProblem(stale, 412, "PRECONDITION_FAILED");
		assertThat(this.api.get("/api/v1/notices/" + id).json().at("/data/body").asString()).isEqualTo("Down at one");

		assertProblem(this.api.delete("/api/v1/notices/" + id, "Authorization", this.admin, "If-Match", "\"0\""), 412,
				"PRECONDITION_FAILED");
		Reply deleted = this.api.delete("/api/v1/notices/" + id, "Authorization", this.admin, "If-Match", "\"1\"");
		assertThat(deleted.status()).isEqualTo(204);
		assertThat(deleted.body()).isEmpty();
		assertProblem(this.api.get("/api/v1/notices/" + id), 404, "NOT_FOUND");
	}

	@Test
	void shouldRefuseADuplicateTitleRegardlessOfCaseWithConflict() {
		String title = unique("Duplicate");
		assertThat(post(title).status()).isEqualTo(201);
		Reply duplicate = post(title.toUpperCase());
		assertProblem(duplicate, 409, "CONFLICT");
		assertThat(duplicate.body()).doesNotContainIgnoringCase("constraint").doesNotContainIgnoringCase("sql");
	}

	@Test
	void shouldReportEveryInvalidFieldAndStoreNothing() {
		long before = total();
		Reply invalid = this.api.post("/api/v1/notices", """
				{"title": "  ", "body": null}""", "Authorization", this.admin);
		assertProblem(invalid, 422, "VALIDATION_FAILED");
		assertThat(invalid.json().at("/errors/title").isArray()).isTrue();
		assertThat(invalid.json().at("/errors/body").isArray()).isTrue();

		Reply unknown = this.api.post("/api/v1/notices", """
				{"title": "%s", "body": "x", "author": "me"}""".formatted(unique("Unknown")), "Authorization",
				this.admin);
		assertProblem(unknown, 422, "VALIDATION_FAILED");
		assertThat(unknown.json().at("/errors/author/0").asString()).isEqualTo("is not a known field");

		Reply wrongType = this.api.post("/api/v1/notices", """
				{"title": "%s", "body": "x", "pinned": "maybe"}""".formatted(unique("Typed")), "Authorization",
				this.admin);
		assertProblem(wrongType, 422, "VALIDATION_FAILED");
		assertThat(wrongType.json().at("/errors/pinned/0").asString()).isEqualTo("must be true or false");

		Reply malformed = this.api.post("/api/v1/notices", "{\"title\": ", "Authorization", this.admin);
		assertProblem(malformed, 400, "MALFORMED_REQUEST");

		Reply notJson = this.api.post("/api/v1/notices", "title=x", "Authorization", this.admin, "Content-Type",
				"text/plain");
		assertProblem(notJson, 415, "UNSUPPORTED_MEDIA_TYPE");

		assertThat(total()).isEqualTo(before);
	}

	@Test
	void shouldRefuseABodyOverTheSizeLimitWith413() {
		String huge = "x".repeat(1024 * 1024 + 10);
		Reply tooLarge = this.api.post("/api/v1/notices", """
				{"title": "big", "body": "%s"}""".formatted(huge), "Authorization", this.admin);
		assertProblem(tooLarge, 413, "PAYLOAD_TOO_LARGE");
	}

	@Test
	void shouldPageSortAndWalkTheCursorChainWithoutGapsOrRepeats() {
		String prefix = unique("Page");
		for (int i = 0; i < 7; i++) {
			assertThat(post(prefix + "-" + i).status()).isEqualTo(201);
		}
		Reply page = this.api.get("/api/v1/notices?page=2&per_page=3&sort=-created_at");
		assertThat(page.status()).isEqualTo(200);
		JsonNode pagination = page.json().at("/meta/pagination");
		assertThat(pagination.get("page").asInt()).isEqualTo(2);
		assertThat(pagination.get("per_page").asInt()).isEqualTo(3);
		assertThat(pagination.get("total").asLong()).isGreaterThanOrEqualTo(7);
		assertThat(pagination.get("pages").asInt()).isEqualTo((int) Math.ceil(pagination.get("total").asLong() / 3.0));
		assertThat(page.json().get("data").size()).isEqualTo(3);

		Reply byTitle = this.api.get("/api/v1/notices?per_page=100&sort=title");
		// only this test's titles: they differ in their last character, so every
		// collation agrees
		var titles = byTitle.json()
			.get("data")
			.valueStream()
			.map((n) -> n.get("title").asString())
			.filter((t) -> t.startsWith(prefix))
			.toList();
		assertThat(titles).hasSize(7).isSorted();

		Set<String> seen = new HashSet<>();
		String cursor = "";
		int pages = 0;
		while (cursor != null) {
			Reply slice = this.api.get("/api/v1/notices?per_page=2&cursor=" + cursor);
			assertThat(slice.status()).isEqualTo(200);
			for (JsonNode item : slice.json().get("data")) {
				assertThat(seen.add(item.get("id").asString())).as("no item twice").isTrue();
			}
			JsonNode next = slice.json().at("/meta/pagination/next_cursor");
			cursor = next.isNull() ? null : next.asString();
			pages++;
		}
		assertThat((long) seen.size()).isEqualTo(total());
		assertThat(pages).isGreaterThanOrEqualTo(4);

		assertProblem(this.api.get("/api/v1/notices?sort=secret"), 422, "VALIDATION_FAILED");
		assertProblem(this.api.get("/api/v1/notices?per_page=101"), 422, "VALIDATION_FAILED");
		assertProblem(this.api.get("/api/v1/notices?page=0"), 422, "VALIDATION_FAILED");
		assertProblem(this.api.get("/api/v1/notices?cursor=bm90LWEtY3Vyc29y"), 422, "INVALID_CURSOR");
	}

	@Test
	void shouldLetOnlyAdminsWrite() {
		Reply anonymous = this.api.post("/api/v1/notices", "{\"title\": \"a\", \"body\": \"b\"}");
		assertProblem(anonymous, 401, "UNAUTHENTICATED");
		assertThat(anonymous.header("WWW-Authenticate")).startsWith("Bearer");

		for (String role : new String[] { "user", "staff" }) {
			Reply refused = this.api.post("/api/v1/notices",
					"{\"title\": \"%s\", \"body\": \"b\"}".formatted(unique(role)), "Authorization",
					this.accounts.create(role).bearer());
			assertProblem(refused, 403, "FORBIDDEN");
		}
		assertThat(this.api.get("/api/v1/notices").status()).isEqualTo(200);
	}

	private Reply post(String title) {
		return this.api.post("/api/v1/notices", """
				{"title": "%s", "body": "text"}""".formatted(title), "Authorization", this.admin);
	}

	private long total() {
		return this.api.get("/api/v1/notices?per_page=1").json().at("/meta/pagination/total").asLong();
	}

	static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

}
