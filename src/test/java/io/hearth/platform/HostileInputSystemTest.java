package io.hearth.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.hearth.support.Api.Reply;
import io.hearth.support.ApiSystemTest;
import io.hearth.support.RawHttp;
import io.hearth.support.SiteFixture;
import io.hearth.support.TestAccounts.Account;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.test.context.TestPropertySource;

import static io.hearth.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each finding of the hostile-input review, as the request that reproduced it: every one
 * answered 500, a gigabyte, an HTML page or silence before its fix.
 */
@TestPropertySource(properties = { "hearth.collections.import-max-size=20KB",
		"hearth.collections.import-max-categories=3", "hearth.collections.import-max-items=5" })
class HostileInputSystemTest extends ApiSystemTest {

	Account owner;

	String category;

	@BeforeEach
	void setUp() {
		this.owner = this.accounts.create("user");
		Reply created = this.api.post("/api/v1/collections/categories", """
				{"name": "Coins", "fields": [
				 {"key": "code", "label": "Code", "type": "text"},
				 {"key": "weight", "label": "Weight", "type": "number", "min": 0, "max": 100},
				 {"key": "bought", "label": "Bought", "type": "date"}]}""", auth());
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		this.category = created.json().at("/data/id").asString();
	}

	private String[] auth() {
		return new String[] { "Authorization", this.owner.bearer() };
	}

	private Reply item(String values) {
		return this.api.post("/api/v1/collections/items",
				"{\"name\": \"Coin\", \"category_id\": \"%s\", \"values\": %s}".formatted(this.category, values),
				auth());
	}

	@Test
	void shouldRefuseUnboundedNumbersInFieldLimitsValuesAndFiltersWithSmallAnswers() {
		for (String limit : List.of("\"max\": 1e-999999999", "\"step\": 1e-999999999", "\"min\": 1e999999999")) {
			Reply reply = this.api.post("/api/v1/collections/categories", """
					{"name": "Huge %s", "fields": [{"key": "n", "label": "N", "type": "number", %s}]}"""
				.formatted(UUID.randomUUID(), limit), auth());
			assertProblem(reply, 422, "VALIDATION_FAILED");
			assertThat(reply.body()).hasSizeLessThan(2000).contains(InputBounds.NUMBER_RULE);
		}
		for (String value : List.of("1e309", "-1e309", "1e-999999999", "123456789012345678901234567890")) {
			Reply reply = item("{\"weight\": " + value + "}");
			assertProblem(reply, 422, "VALIDATION_FAILED");
			assertThat(reply.body()).hasSizeLessThan(2000);
			assertThat(reply.json().at("/errors/values.weight/0").asString()).isEqualTo(InputBounds.NUMBER_RULE);
		}
		assertThat(item("{\"weight\": 0.1}").status()).isEqualTo(201);
		for (String filter : List.of("field.weight.max=1e999999999", "field.weight.min=1e-999999999")) {
			Reply reply = this.api.get("/api/v1/collections/items?" + filter, auth());
			assertProblem(reply, 422, "VALIDATION_FAILED");
			assertThat(reply.body()).hasSizeLessThan(2000);
		}
	}

	@Test
	void shouldRefuseYearsNoDatabaseStores() {
		assertProblem(item("{\"bought\": \"+999999999-12-31\"}"), 422, "VALIDATION_FAILED");
		assertThat(item("{\"bought\": \"2024-02-29\"}").status()).isEqualTo(201);
		SiteFixture sites = new SiteFixture(this.api);
		Reply interaction = this.api.post("/api/v1/interactions",
				SiteFixture.body("Far").replace("2026-05-01T09:00:00Z", "+999999999-05-01T09:00:00Z"), "Authorization",
				sites.admin, "X-Site-Id", sites.site.toString());
		assertProblem(interaction, 422, "VALIDATION_FAILED");
		assertThat(interaction.json().at("/errors/start_at/0").asString()).isEqualTo(InputBounds.YEAR_RULE);
		Reply filter = this.api.get("/api/v1/interactions?start_from=-999999999-01-01T00:00:00Z", "Authorization",
				sites.admin, "X-Site-Id", sites.site.toString());
		assertProblem(filter, 422, "VALIDATION_FAILED");
	}

	@Test
	void shouldRefuseNulAndUnpairedSurrogatesNamingTheField() throws Exception {
		Reply category = this.api.post("/api/v1/collections/categories", "{\"name\": \"a\\u0000b\"}", auth());
		assertProblem(category, 422, "VALIDATION_FAILED");
		assertThat(category.json().at("/errors/name/0").asString()).contains("NUL");
		Reply name = this.api.post("/api/v1/collections/items",
				"{\"name\": \"x\\ud800\", \"category_id\": \"%s\"}".formatted(this.category), auth());
		assertProblem(name, 422, "VALIDATION_FAILED");
		assertThat(name.json().at("/errors/name/0").asString()).contains("surrogate");
		Reply value = item("{\"code\": \"\\u0000\"}");
		assertThat(value.json().at("/errors/values.code/0").asString()).contains("NUL");
		Reply query = this.api.get("/api/v1/collections/items?q=%00", auth());
		assertProblem(query, 422, "VALIDATION_FAILED");
		assertThat(query.json().at("/errors/q/0").asString()).contains("NUL");
		RawHttp http = new RawHttp(this.port, 64 * 1024);
		for (String bad : List.of("%zz", "%ED%A0%80", "%C0%80", "%")) {
			RawHttp.Response response = http.exchange("GET /api/v1/collections/items?q=" + bad
					+ " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: " + this.owner.bearer(), null);
			assertThat(response.status()).as(bad).isEqualTo(400);
			assertThat(response.text()).contains("MALFORMED_REQUEST").contains("request_id");
		}
		assertThat(this.api.get("/api/v1/collections/items?q=%F0%9F%98%80", auth()).status()).isEqualTo(200);
	}

	@Test
	void shouldBindOddShapesAsValidationErrors() {
		Reply array = this.api.post("/api/v1/collections/items",
				"{\"name\": \"x\", \"category_id\": [\"%s\"]}".formatted(this.category), auth());
		assertProblem(array, 422, "VALIDATION_FAILED");
		assertThat(array.json().at("/errors/category_id/0").asString()).contains("UUID");
		assertProblem(this.api.get("/api/v1/collections/items?page=2147483647", auth()), 422, "VALIDATION_FAILED");
		Reply noOrder = this.api.post("/api/v1/collections/categories", """
				{"name": "Ordered", "fields": [{"key": "b", "label": "B", "type": "text"},
				 {"key": "a", "label": "A", "type": "text", "display_order": 5}]}""", auth());
		assertThat(noOrder.status()).as(noOrder.toString()).isEqualTo(201);
		assertThat(noOrder.json().at("/data/fields/0/key").asString()).isEqualTo("b");
		assertThat(noOrder.json().at("/data/fields/0/display_order").asInt()).isEqualTo(0);
		assertThat(noOrder.json().at("/data/fields/1/display_order").asInt()).isEqualTo(5);
	}

	@Test
	void shouldBindScalarsStrictly() {
		Reply number = this.api.post("/api/v1/collections/categories", """
				{"name": "Strict", "fields": [{"key": "n", "label": "N", "type": "text", "max_length": "5"}]}""",
				auth());
		assertProblem(number, 422, "VALIDATION_FAILED");
		assertThat(number.json().at("/errors/fields[0].max_length/0").asString()).isEqualTo("must be a whole number");
		Reply text = this.api.post("/api/v1/collections/categories", "{\"name\": 5}", auth());
		assertProblem(text, 422, "VALIDATION_FAILED");
		assertThat(text.json().at("/errors/name/0").asString()).isEqualTo("must be a string");
		Reply bool = this.api.post("/api/v1/collections/categories", """
				{"name": "Strict", "fields": [{"key": "n", "label": "N", "type": "text", "required": "yes"}]}""",
				auth());
		assertProblem(bool, 422, "VALIDATION_FAILED");
	}

	@Test
	void shouldRefuseAWriteWhoseAnswerCannotBeAcceptedBeforeWriting() {
		// found by the fuzz test: 406 came after the change had committed
		Reply refused = this.api.send("PATCH", "/api/v1/collections/categories/" + this.category,
				"{\"name\": \"Renamed\"}", "Authorization", this.owner.bearer(), "Accept", "text/html", "Content-Type",
				"application/merge-patch+json");
		assertProblem(refused, 406, "NOT_ACCEPTABLE");
		assertThat(this.api.get("/api/v1/collections/categories/" + this.category, auth())
			.json()
			.at("/data/name")
			.asString()).isEqualTo("Coins");
		Reply created = this.api.post("/api/v1/collections/items",
				"{\"name\": \"Coin\", \"category_id\": \"%s\"}".formatted(this.category), "Authorization",
				this.owner.bearer(), "Accept", "text/csv");
		assertProblem(created, 406, "NOT_ACCEPTABLE");
		assertThat(
				this.api.get("/api/v1/collections/items?q=coin", auth()).json().at("/meta/pagination/total").asLong())
			.isZero();
		Reply negotiated = this.api.get("/api/v1/collections/categories/" + this.category, "Authorization",
				this.owner.bearer(), "Accept", "text/html;q=0.9, application/*;q=0.5");
		assertThat(negotiated.status()).as(negotiated.toString()).isEqualTo(200);
	}

	@Test
	void shouldApplyAPatchAsAJsonMergePatchThenValidateTheWhole() {
		Reply created = item("{\"code\": \"A\", \"weight\": 5}");
		String id = created.json().at("/data/id").asString();
		Reply patched = this.api.send("PATCH", "/api/v1/collections/items/" + id, "{\"values\": {\"weight\": null}}",
				"Authorization", this.owner.bearer(), "Content-Type", "application/merge-patch+json");
		assertThat(patched.status()).as(patched.toString()).isEqualTo(200);
		assertThat(patched.json().at("/data/values/code").asString()).isEqualTo("A");
		assertThat(patched.json().at("/data/values").has("weight")).isFalse();
		Reply invalid = this.api.send("PATCH", "/api/v1/collections/items/" + id, "{\"values\": {\"weight\": 500}}",
				"Authorization", this.owner.bearer());
		assertProblem(invalid, 422, "VALIDATION_FAILED");
		assertThat(this.api.get("/api/v1/collections/items/" + id, auth()).json().at("/data/values").has("weight"))
			.isFalse();
	}

	@Test
	void shouldAnswerReviewFindingsWithoutServerErrors() {
		SiteFixture sites = new SiteFixture(this.api);
		String[] asAdmin = { "Authorization", sites.admin, "X-Site-Id", sites.site.toString() };
		Reply farInstant = this.api.post("/api/v1/interactions",
				SiteFixture.body("Far").replace("\"2026-05-01T09:00:00Z\"", "\"+999999999-12-31T23:59:59-18:00\""),
				asAdmin);
		assertProblem(farInstant, 422, "VALIDATION_FAILED");
		Reply padded = this.api.post("/api/v1/interactions",
				SiteFixture.body("Padded").replace("\"2026-05-01T09:00:00Z\"", "\" 2026-05-01T09:00:00Z \""), asAdmin);
		assertThat(padded.status()).as(padded.toString()).isEqualTo(201);

		Reply created = item("{\"code\": \"A\"}");
		String id = created.json().at("/data/id").asString();
		Reply notModified = this.api.get("/api/v1/collections/items/" + id, "Authorization", this.owner.bearer(),
				"If-None-Match", created.header("ETag"));
		assertThat(notModified.status()).isEqualTo(304);
		assertThat(notModified.body()).isEmpty();
		assertThat(this.api
			.get("/api/v1/collections/items/" + id, "Authorization", this.owner.bearer(), "If-None-Match", "\"999\"")
			.status()).isEqualTo(200);
		Reply nullUrls = this.api.send("PATCH", "/api/v1/collections/items/" + id,
				"{\"urls\": null, \"name\": \"Renamed\"}", auth());
		assertThat(nullUrls.status()).as(nullUrls.toString()).isEqualTo(200);

		StringBuilder many = new StringBuilder("[1");
		many.append(",1".repeat(20_000)).append(']');
		Reply huge = this.api.post("/api/v1/collections/items",
				"{\"name\": \"x\", \"category_id\": \"%s\", \"urls\": %s}".formatted(this.category, many), auth());
		assertProblem(huge, 422, "VALIDATION_FAILED");
		assertThat(huge.body()).hasSizeLessThan(2000);
		assertThat(huge.json().at("/errors/urls/0").asString()).isEqualTo("must have at most 50 entries");

		Reply importedLink = this.api.post("/api/v1/collections/import", """
				{"categories": [], "items": [{"id": "%s", "category_id": "%s", "name": "I", "values": {},
				 "urls": [{"label": "no url"}, null]}]}""".formatted(UUID.randomUUID(), this.category), auth());
		assertProblem(importedLink, 422, "VALIDATION_FAILED");
	}

	@Test
	void shouldRefuseAnOversizedPhotoWith413BeforeAnythingElse() throws Exception {
		String id = item("{}").json().at("/data/id").asString();
		byte[] big = new byte[21 * 1024 * 1024];
		RawHttp http = new RawHttp(this.port, 64 * 1024);
		String boundary = "b0undary";
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"photos\"; filename=\"a.png\"\r\n"
				+ "Content-Type: image/png\r\n\r\n")
			.getBytes());
		body.writeBytes(big);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes());
		RawHttp.Response response = http.exchange("POST /api/v1/collections/items/" + id
				+ "/photos HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: " + this.owner.bearer()
				+ "\r\nContent-Type: multipart/form-data; boundary=" + boundary + "\r\nContent-Length: " + body.size(),
				body.toByteArray());
		assertThat(response.status()).as(response.text()).isEqualTo(413);
		assertThat(response.text()).contains("PAYLOAD_TOO_LARGE");
		RawHttp.Response anonymous = http.exchange("POST /api/v1/collections/items/" + id
				+ "/photos HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: multipart/form-data; boundary=" + boundary
				+ "\r\nContent-Length: " + body.size(), body.toByteArray());
		assertThat(anonymous.status()).as(anonymous.text()).isEqualTo(401);
	}

	@Test
	void shouldAnswerBrokenHttpWithProblemBodies() throws Exception {
		RawHttp http = new RawHttp(this.port, 64 * 1024);
		String host = "Host: 127.0.0.1:" + this.port;
		for (String path : List.of("/api%2Fv1/health", "/api/v1\\health", "/api/v1/../../../etc/passwd")) {
			RawHttp.Response response = http.exchange("GET " + path + " HTTP/1.1\r\n" + host, null);
			assertThat(response.status()).as(path).isEqualTo(400);
			assertThat(response.header("content-type")).as(path).startsWith("application/problem+json");
			assertThat(response.text()).contains("\"request_id\"").contains("MALFORMED_REQUEST");
		}
		for (String method : List.of("GET", "POST", "PUT", "PATCH", "DELETE")) {
			RawHttp.Response error = http.exchange(method + " /error HTTP/1.1\r\n" + host, null);
			assertThat(error.status()).as(method + " /error").isEqualTo(404);
			assertThat(error.header("content-type")).startsWith("application/problem+json");
		}
		RawHttp.Response preflight = http.exchange("OPTIONS /api/v1/health HTTP/1.1\r\n" + host
				+ "\r\nOrigin: https://evil.example\r\nAccess-Control-Request-Method: GET", null);
		assertThat(preflight.status()).isEqualTo(403);
		assertThat(preflight.header("content-type")).startsWith("application/problem+json");
		assertThat(preflight.text()).contains("\"request_id\"");
		RawHttp.Response noBoundary = http
			.exchange("POST /api/v1/collections/items HTTP/1.1\r\n" + host + "\r\nAuthorization: " + this.owner.bearer()
					+ "\r\nContent-Type: multipart/form-data\r\nContent-Length: 5", "hello".getBytes());
		assertThat(noBoundary.status()).isEqualTo(400);
		assertThat(noBoundary.text()).contains("MALFORMED_REQUEST");
		assertThat(this.api.get("/api/v1/openapi.json").body()).doesNotContain("\"/error\"");
	}

	@Test
	void shouldLimitImportsBySizeAndEntriesWithUserFacingMessages() {
		Reply tooLarge = this.api.post("/api/v1/collections/import",
				"{\"categories\": [], \"items\": [], \"pad\": \"" + "x".repeat(30_000) + "\"}", auth());
		assertProblem(tooLarge, 413, "PAYLOAD_TOO_LARGE");
		StringBuilder categories = new StringBuilder();
		for (int i = 0; i < 4; i++) {
			categories.append(i > 0 ? "," : "")
				.append("{\"id\": \"%s\", \"name\": \"C%d\", \"fields\": []}".formatted(UUID.randomUUID(), i));
		}
		Reply tooMany = this.api.post("/api/v1/collections/import",
				"{\"categories\": [" + categories + "], \"items\": []}", auth());
		assertProblem(tooMany, 422, "VALIDATION_FAILED");
		assertThat(tooMany.json().at("/errors/categories/0").asString()).contains("at most 3");
		String id = UUID.randomUUID().toString();
		Reply twice = this.api.post("/api/v1/collections/import", """
				{"categories": [{"id": "%s", "name": "A", "fields": []}, {"id": "%s", "name": "B", "fields": []}],
				 "items": []}""".formatted(id, id), auth());
		assertProblem(twice, 422, "VALIDATION_FAILED");
		Reply nulls = this.api.post("/api/v1/collections/import", "{\"categories\": [null], \"items\": [null]}",
				auth());
		assertThat(nulls.status()).isBetween(400, 422);
		Reply wrongType = this.api.post("/api/v1/collections/import",
				"{\"categories\": [{\"id\": 5, \"name\": []}], \"items\": []}", auth());
		assertThat(wrongType.status()).isBetween(400, 422);
		assertThat(wrongType.body()).doesNotContain("java.").doesNotContain("UUID`").doesNotContain("tools.jackson");
		assertThat(this.api.get("/api/v1/collections/categories", auth()).json().at("/meta/pagination/total").asInt())
			.isEqualTo(1);
	}

	@Test
	void shouldLetExactlyOneOfManyConcurrentUpdatesOfAnItemWin() throws Exception {
		Reply created = item("{\"code\": \"A\"}");
		String id = created.json().at("/data/id").asString();
		String etag = created.header("ETag");
		List<Integer> statuses = concurrently(8,
				(n) -> this.api
					.put("/api/v1/collections/items/" + id,
							"{\"name\": \"Coin %d\", \"category_id\": \"%s\", \"values\": {}}".formatted(n,
									this.category),
							"Authorization", this.owner.bearer(), "If-Match", etag)
					.status());
		assertThat(statuses).doesNotContain(500);
		assertThat(statuses.stream().filter((s) -> s == 200).count()).isEqualTo(1);
		assertThat(statuses).allMatch((s) -> s == 200 || s == 409 || s == 412);
		List<Integer> patches = concurrently(8,
				(n) -> this.api
					.send("PATCH", "/api/v1/collections/items/" + id, "{\"name\": \"Patched %d\"}".formatted(n),
							"Authorization", this.owner.bearer())
					.status());
		assertThat(patches).allMatch((s) -> s == 200 || s == 409);
	}

	@Test
	void shouldLetExactlyOneOfManyConcurrentUpdatesOfACategoryAnInteractionAndASiteWin() throws Exception {
		Reply category = this.api.get("/api/v1/collections/categories/" + this.category, auth());
		List<Integer> categories = concurrently(8,
				(n) -> this.api
					.put("/api/v1/collections/categories/" + this.category,
							"{\"name\": \"Coins %d\", \"fields\": []}".formatted(n), "Authorization",
							this.owner.bearer(), "If-Match", category.header("ETag"))
					.status());
		assertExactlyOneWon(categories);

		SiteFixture sites = new SiteFixture(this.api);
		String siteHeader = sites.site.toString();
		UUID interaction = sites.interaction(sites.site, "Contended");
		String interactionTag = this.api
			.get("/api/v1/interactions/" + interaction, "Authorization", sites.admin, "X-Site-Id", siteHeader)
			.header("ETag");
		List<Integer> interactions = concurrently(8,
				(n) -> this.api
					.put("/api/v1/interactions/" + interaction, SiteFixture.body("Contended " + n), "Authorization",
							sites.admin, "X-Site-Id", siteHeader, "If-Match", interactionTag)
					.status());
		assertExactlyOneWon(interactions);

		String siteTag = this.api.get("/api/v1/sites/" + sites.site, "Authorization", sites.admin).header("ETag");
		List<Integer> siteUpdates = concurrently(8,
				(n) -> this.api
					.send("PATCH", "/api/v1/sites/" + sites.site, "{\"description\": \"Edit %d\"}".formatted(n),
							"Authorization", sites.admin, "If-Match", siteTag)
					.status());
		assertExactlyOneWon(siteUpdates);
	}

	@Test
	void shouldRefreshOneTokenConcurrentlyWithoutServerErrors() throws Exception {
		Account user = this.accounts.create("user");
		List<Integer> statuses = concurrently(8,
				(n) -> this.api.post("/api/v1/auth/refresh", "{\"refresh_token\": \"" + user.refreshToken() + "\"}")
					.status());
		assertThat(statuses).allMatch((s) -> s == 200 || s == 401 || s == 409 || s == 503);
		assertThat(statuses).contains(200);
	}

	private static void assertExactlyOneWon(List<Integer> statuses) {
		assertThat(statuses).as(statuses.toString()).allMatch((s) -> s == 200 || s == 409 || s == 412);
		assertThat(statuses.stream().filter((s) -> s == 200).count()).as(statuses.toString()).isEqualTo(1);
	}

	@Test
	void shouldAddConcurrentLinksWithoutServerErrors() throws Exception {
		String id = item("{}").json().at("/data/id").asString();
		List<Integer> statuses = concurrently(10,
				(n) -> this.api
					.post("/api/v1/collections/items/" + id + "/urls",
							"{\"url\": \"https://l%d.example\"}".formatted(n), auth())
					.status());
		assertThat(statuses).allMatch((s) -> s == 201 || s == 409 || s == 503);
		assertThat(statuses).contains(201);
	}

	interface Attempt {

		int run(int n) throws Exception;

	}

	private static List<Integer> concurrently(int count, Attempt attempt) throws Exception {
		try (ExecutorService pool = Executors.newFixedThreadPool(count)) {
			java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
			List<Future<Integer>> futures = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				int n = i;
				Callable<Integer> task = () -> {
					start.await();
					return attempt.run(n);
				};
				futures.add(pool.submit(task));
			}
			start.countDown();
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> future : futures) {
				statuses.add(future.get());
			}
			return statuses;
		}
	}

}
