package io.hearth.planning;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.hearth.support.Api.Reply;
import io.hearth.support.ApiSystemTest;
import io.hearth.support.FakeAnthropic;
import io.hearth.support.Pages;
import io.hearth.support.TestAccounts;
import io.hearth.support.TestAccounts.Account;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import static io.hearth.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Share links (signed out, counted, revoked, expired, guessed), exports as JSON,
 * Markdown, a print page and PDF (its text read back by PDFBox, English and Arabic), and
 * the premium chat answered as JSON and streamed, within its daily limit.
 */
@TestPropertySource(properties = { "hearth.jobs.enabled=true", "hearth.planning.chat-daily-limit=3" })
@DirtiesContext
class PlanningSharingSystemTest extends ApiSystemTest {

	static final FakeAnthropic model = new FakeAnthropic();

	@DynamicPropertySource
	static void provider(DynamicPropertyRegistry registry) {
		model.provide(registry);
	}

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void reset() {
		model.reset();
	}

	@AfterAll
	static void stop() {
		model.close();
	}

	@Test
	void aShareLinkWorksSignedOutUntilRevokedAndCountsItsViews() {
		Account owner = this.accounts.create("user");
		String id = ready(owner, "A bakery that bakes bread for the whole street at dawn", "free", "en");

		Reply made = this.api.as(owner).post("/api/v1/planning/analyses/" + id + "/shares", "{}");

		assertThat(made.status()).isEqualTo(201);
		String token = made.json().at("/data/token").asString();
		assertThat(token).hasSizeGreaterThan(30);
		Reply shared = this.api.get("/api/v1/planning/shared/" + token);
		assertThat(shared.status()).isEqualTo(200);
		assertThat(shared.header("Cache-Control")).contains("no-store");
		JsonNode data = shared.json().path("data");
		assertThat(data.path("title").asString()).startsWith("A bakery");
		assertThat(data.path("tabs")).hasSize(2);
		assertThat(data.has("owner_id")).isFalse();
		assertThat(shared.body()).doesNotContain(owner.id().toString()).doesNotContain(owner.username());
		this.api.get("/api/v1/planning/shared/" + token);
		JsonNode listed = this.api.as(owner).get("/api/v1/planning/analyses/" + id + "/shares").json().at("/data/0");
		assertThat(listed.path("views").asLong()).isEqualTo(2);
		assertThat(listed.path("token").isNull()).isTrue();
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM planning_shares WHERE token_hash = ?", Long.class,
				token))
			.isZero();

		assertProblem(this.api.get("/api/v1/planning/shared/" + token.substring(0, token.length() - 1) + "x"), 404,
				"NOT_FOUND");
		assertProblem(this.api.get("/api/v1/planning/shared/" + "x".repeat(500)), 404, "NOT_FOUND");
		Account other = this.accounts.create("user");
		assertProblem(this.api.as(other).post("/api/v1/planning/analyses/" + id + "/shares", "{}"), 404, "NOT_FOUND");
		assertThat(this.api.as(owner)
			.delete("/api/v1/planning/analyses/" + id + "/shares/" + made.json().at("/data/id").asString())
			.status()).isEqualTo(204);
		assertProblem(this.api.get("/api/v1/planning/shared/" + token), 404, "NOT_FOUND");
	}

	@Test
	void anExpiredShareIsNotFoundAndAPastExpiryIsRefused() {
		Account owner = this.accounts.create("user");
		String id = ready(owner, "Guided kayak tours on the lake for beginners", "free", "en");
		assertProblem(
				this.api.as(owner)
					.post("/api/v1/planning/analyses/" + id + "/shares", "{\"expires_at\": \"2001-01-01T00:00:00Z\"}"),
				422, "VALIDATION_FAILED");
		Reply made = this.api.as(owner)
			.post("/api/v1/planning/analyses/" + id + "/shares",
					"{\"expires_at\": \"" + Instant.now().plus(Duration.ofDays(1)) + "\"}");
		String token = made.json().at("/data/token").asString();
		assertThat(this.api.get("/api/v1/planning/shared/" + token).status()).isEqualTo(200);

		this.jdbc.update("UPDATE planning_shares SET expires_at = ? WHERE id = ?",
				java.sql.Timestamp.from(Instant.now().minusSeconds(1)),
				UUID.fromString(made.json().at("/data/id").asString()));

		assertProblem(this.api.get("/api/v1/planning/shared/" + token), 404, "NOT_FOUND");
	}

	@Test
	void exportsAsJsonMarkdownAPrintPageAndAPdfWhoseTextReadsBack() throws Exception {
		Account owner = this.accounts.create("user");
		String id = ready(owner, "Solar panels rented to farms by the season", "free", "en");

		byte[] json = bytes(owner, id, "json");
		assertThat(this.json(json).path("tabs").get(0).path("content").has("fit_score")).isTrue();
		String md = new String(bytes(owner, id, "md"), java.nio.charset.StandardCharsets.UTF_8);
		assertThat(md).startsWith("# Solar panels").contains("## Overview").contains("**Fit score:**");
		String html = new String(bytes(owner, id, "html"), java.nio.charset.StandardCharsets.UTF_8);
		assertThat(html).contains("dir=\"ltr\"").contains("<h2>Market</h2>");
		String pdf = text(bytes(owner, id, "pdf"));
		assertThat(pdf).contains("Solar panels rented to farms").contains("Fit score").contains("Market size");
		assertProblem(this.api.as(owner).get("/api/v1/planning/analyses/" + id + "/export?format=docx"), 422,
				"VALIDATION_FAILED");
	}

	@Test
	void anArabicReportIsRightToLeftAndItsPdfTextIsArabic() throws Exception {
		Account owner = this.accounts.create("user");
		String idea = "مقهى صغير يقدم القهوة العربية والحلويات في وسط المدينة";
		String id = ready(owner, idea, "free", "ar");

		String html = new String(bytes(owner, id, "html"), java.nio.charset.StandardCharsets.UTF_8);
		assertThat(html).contains("lang=\"ar\" dir=\"rtl\"").contains(idea);
		String pdf = Normalizer.normalize(text(bytes(owner, id, "pdf")), Normalizer.Form.NFKC);
		assertThat(pdf).contains("القهوة").contains("المدينة");
	}

	@Test
	void thePremiumChatAnswersAsJsonAndStreamsWithinItsDailyLimit() throws Exception {
		Account owner = this.accounts.create("user");
		String free = ready(owner, "Hand-made leather bags sold at weekend markets", "free", "en");
		assertProblem(
				this.api.as(owner)
					.post("/api/v1/planning/analyses/" + free + "/chat/messages", "{\"content\": \"Hello\"}"),
				403, "PREMIUM_REQUIRED");
		this.api.as(this.accounts.admin())
			.post("/api/v1/planning/admin/users/" + owner.id() + "/credits", "{\"amount\": 10, \"reason\": \"chat\"}");
		String id = ready(owner, "Hand-made leather bags sold at weekend markets", "premium", "en");
		model.writing((request) -> "Start with two markets and count who stops.");

		Reply answered = this.api.as(owner)
			.post("/api/v1/planning/analyses/" + id + "/chat/messages", "{\"content\": \"Where do I start?\"}");

		assertThat(answered.status()).isEqualTo(201);
		assertThat(answered.json().at("/data/role").asString()).isEqualTo("assistant");
		assertThat(answered.json().at("/data/content").asString())
			.isEqualTo("Start with two markets and count who stops.");
		FakeAnthropic.Request asked = model.requestsAbout("Where do I start?").getLast();
		assertThat(asked.system()).contains("<analysis>").contains("fit_score");
		assertThat(asked.lastUserText()).isEqualTo("Where do I start?");

		List<String> events = stream(owner, id, "And then?");
		assertThat(events).first().asString().startsWith("message:");
		assertThat(events).anySatisfy((e) -> assertThat(e).startsWith("text:"));
		assertThat(events).last().asString().startsWith("reply:").contains("count who stops");
		assertThat(model.requestsAbout("And then?").getLast().body().path("messages")).hasSize(3);
		JsonNode history = this.api.as(owner)
			.get("/api/v1/planning/analyses/" + id + "/chat/messages")
			.json()
			.path("data");
		assertThat(history.findValuesAsString("role")).containsExactly("user", "assistant", "user", "assistant");

		assertThat(this.api.as(owner)
			.post("/api/v1/planning/analyses/" + id + "/chat/messages", "{\"content\": \"Third\"}")
			.status()).isEqualTo(201);
		assertProblem(
				this.api.as(owner)
					.post("/api/v1/planning/analyses/" + id + "/chat/messages", "{\"content\": \"Fourth\"}"),
				429, "CHAT_LIMIT");
		assertProblem(
				this.api.as(owner).post("/api/v1/planning/analyses/" + id + "/chat/messages", "{\"content\": \"\"}"),
				422, "VALIDATION_FAILED");
	}

	@Test
	void thePagesChatFormStreamsTheReplyAndTellsARefusalTheSameWay() throws Exception {
		Account owner = this.accounts.create("user");
		this.api.as(this.accounts.admin())
			.post("/api/v1/planning/admin/users/" + owner.id() + "/credits", "{\"amount\": 10, \"reason\": \"chat\"}");
		String id = ready(owner, "Hand-made leather bags sold at weekend markets", "premium", "en");
		model.writing((request) -> "Begin at the Saturday market by the station.");
		Pages pages = new Pages(this.port);
		pages.signIn(owner.username(), TestAccounts.PASSWORD);
		pages.get("/planning/analyses/" + id + "?lang=en");

		HttpResponse<String> streamed = pages.stream("/planning/analyses/" + id + "/chat",
				Map.of("content", "Which market first?"));

		assertThat(streamed.statusCode()).isEqualTo(200);
		assertThat(streamed.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/event-stream"));
		assertThat(streamed.body()).contains("event:message")
			.contains("Which market first?")
			.contains("event:text")
			.contains("event:reply")
			.contains("Begin at the Saturday market by the station.");
		HttpResponse<String> blank = pages.stream("/planning/analyses/" + id + "/chat", Map.of("content", " "));
		assertThat(blank.body()).contains("event:error").contains("VALIDATION_FAILED").doesNotContain("event:message");
		assertThat(this.api.as(owner)
			.get("/api/v1/planning/analyses/" + id + "/chat/messages")
			.json()
			.path("data")
			.findValuesAsString("role")).containsExactly("user", "assistant");
	}

	private List<String> stream(Account user, String id, String content) throws Exception {
		HttpRequest request = HttpRequest
			.newBuilder(
					URI.create("http://127.0.0.1:" + this.port + "/api/v1/planning/analyses/" + id + "/chat/messages"))
			.header("Authorization", user.bearer())
			.header("Accept", "text/event-stream")
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"content\": \"" + content + "\"}"))
			.build();
		try (HttpClient client = HttpClient.newHttpClient()) {
			HttpResponse<java.util.stream.Stream<String>> response = client.send(request,
					HttpResponse.BodyHandlers.ofLines());
			assertThat(response.statusCode()).isEqualTo(200);
			List<String> events = new ArrayList<>();
			String[] name = { "message" };
			response.body().forEach((line) -> {
				if (line.startsWith("event:")) {
					name[0] = line.substring(6).strip();
				}
				else if (line.startsWith("data:")) {
					events.add(name[0] + ":" + line.substring(5).strip());
				}
			});
			return events;
		}
	}

	private String ready(Account owner, String idea, String tier, String language) {
		Reply created = this.api.as(owner)
			.post("/api/v1/planning/analyses",
					"{\"idea\": \"" + idea + "\", \"industry\": \"Retail\","
							+ " \"target_market\": \"Locals\", \"country\": \"AE\", \"language\": \"" + language + "\","
							+ " \"tier\": \"" + tier + "\"}");
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		String id = created.json().at("/data/id").asString();
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.api.as(owner).get("/api/v1/planning/analyses/" + id).json().at("/data/status").asString(),
					"ready"::equals);
		return id;
	}

	private byte[] bytes(Account owner, String id, String format) {
		HttpResponse<byte[]> response = this.api.as(owner)
			.bytes("/api/v1/planning/analyses/" + id + "/export?format=" + format);
		assertThat(response.statusCode()).as(format).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Disposition").orElse("")).contains("analysis-" + id);
		return response.body();
	}

	private JsonNode json(byte[] body) {
		return tools.jackson.databind.json.JsonMapper.builder().build().readTree(body);
	}

	private static String text(byte[] pdf) throws Exception {
		assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

}
