package io.hearth.ai;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.hearth.support.DatabaseIndependent;
import io.hearth.support.FakeAnthropic;
import io.hearth.support.FakeAnthropic.Answer;
import io.hearth.support.SystemTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The real Anthropic SDK client against a fake Messages API on loopback: JSON and
 * streamed replies, retries on 429 (after its retry-after), 529 and 500, none on 400, a
 * timeout, a reply that does not fit its schema corrected once or failing, a refusal;
 * each call recorded with its tokens and outcome.
 */
@SystemTest
@DatabaseIndependent
class AnthropicProviderSystemTest {

	static final FakeAnthropic model = new FakeAnthropic();

	static final String SCHEMA = """
			{"type":"object","additionalProperties":false,"required":["score","reasons"],
			 "properties":{"score":{"type":"integer","minimum":0,"maximum":100},
			               "reasons":{"type":"array","minItems":1,"items":{"type":"string"}}}}""";

	@DynamicPropertySource
	static void provider(DynamicPropertyRegistry registry) {
		registry.add("hearth.ai.provider", () -> "anthropic");
		registry.add("hearth.ai.api-key", () -> "sk-ant-api03-test-key-not-secret");
		registry.add("hearth.ai.base-url", model::baseUrl);
		registry.add("hearth.ai.model", () -> "claude-test");
		registry.add("hearth.ai.timeout", () -> "1500ms");
		registry.add("hearth.ai.max-retries", () -> "2");
	}

	@Autowired
	AiModel ai;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AiUsage usage;

	@BeforeEach
	void reset() {
		model.reset();
		this.jdbc.update("DELETE FROM ai_calls");
	}

	@AfterAll
	static void stop() {
		model.close();
	}

	@Test
	void aJsonReplyIsParsedCheckedAndRecorded() {
		model.then(Answer.reply("```json\n{\"score\": 71, \"reasons\": [\"a real need\"]}\n```"));

		AiReply reply = this.ai.json(request("test.score"), null);

		assertThat(reply.json().path("score").asInt()).isEqualTo(71);
		assertThat(reply.model()).isEqualTo("claude-test");
		assertThat(model.requests()).hasSize(1);
		FakeAnthropic.Request sent = model.requests().getFirst();
		assertThat(sent.apiKey()).isEqualTo("sk-ant-api03-test-key-not-secret");
		assertThat(sent.system()).contains("You judge ideas");
		assertThat(sent.lastUserText()).contains("<idea>");
		assertThat(calls()).containsExactly("test.score/ok");
	}

	@Test
	void aStreamedReplyArrivesInPiecesAndWhole() {
		String text = "{\"score\": 40, \"reasons\": [\"" + "long reason ".repeat(20).strip() + "\"]}";
		model.then(Answer.reply(text));
		List<String> pieces = new ArrayList<>();

		AiReply reply = this.ai.json(request("test.stream"), pieces::add);

		assertThat(model.requests().getFirst().streamed()).isTrue();
		assertThat(pieces).hasSizeGreaterThan(3);
		assertThat(String.join("", pieces)).isEqualTo(text);
		assertThat(reply.json().path("score").asInt()).isEqualTo(40);
		assertThat(reply.outputTokens()).isPositive();
	}

	@Test
	void rateLimitsAreRetriedAfterTheirRetryAfter() {
		model.then(Answer.error(429, "rate_limit_error", Map.of("retry-after", "1")))
			.then(Answer.reply("{\"score\": 1, \"reasons\": [\"x\"]}"));

		AiReply reply = this.ai.json(request("test.retry"), null);

		assertThat(reply.json().path("score").asInt()).isEqualTo(1);
		List<FakeAnthropic.Request> sent = model.requests();
		assertThat(sent).hasSize(2);
		assertThat(Duration.between(sent.get(0).at(), sent.get(1).at())).isGreaterThanOrEqualTo(Duration.ofMillis(900));
	}

	@Test
	void overloadedAndServerErrorsAreRetriedWithBackoff() {
		model.then(Answer.error(529, "overloaded_error", Map.of()))
			.then(Answer.error(500, "api_error", Map.of()))
			.then(Answer.reply("{\"score\": 2, \"reasons\": [\"y\"]}"));

		assertThat(this.ai.json(request("test.backoff"), null).json().path("score").asInt()).isEqualTo(2);
		assertThat(model.requests()).hasSize(3);
	}

	@Test
	void errorsThatStayAreTransientAndRecorded() {
		for (int i = 0; i < 3; i++) {
			model.then(Answer.error(529, "overloaded_error", Map.of()));
		}

		assertThatThrownBy(() -> this.ai.json(request("test.down"), null)).isInstanceOfSatisfying(AiException.class,
				(ex) -> assertThat(ex.retryable()).isTrue());
		assertThat(model.requests()).hasSize(3);
		assertThat(calls()).containsExactly("test.down/transient");
		assertThat(this.ai.health().status()).isEqualTo("degraded");
	}

	@Test
	void aBadRequestIsNotRetried() {
		model.then(Answer.error(400, "invalid_request_error", Map.of()));

		assertThatThrownBy(() -> this.ai.json(request("test.bad"), null)).isInstanceOfSatisfying(AiException.class,
				(ex) -> assertThat(ex.kind()).isEqualTo(AiException.Kind.REJECTED));
		assertThat(model.requests()).hasSize(1);
	}

	@Test
	void aSlowProviderTimesOutAfterItsRetries() {
		for (int i = 0; i < 3; i++) {
			model.then(Answer.reply("{\"score\": 3, \"reasons\": [\"z\"]}").stalled());
		}

		assertThatThrownBy(() -> this.ai.json(request("test.slow"), null)).isInstanceOfSatisfying(AiException.class,
				(ex) -> assertThat(ex.kind()).isEqualTo(AiException.Kind.TRANSIENT));
		assertThat(model.requests()).hasSize(3);
	}

	@Test
	void aReplyThatDoesNotFitIsShownItsErrorsOnce() {
		model.then(Answer.reply("{\"score\": 300, \"reasons\": []}"))
			.then(Answer.reply("{\"score\": 30, \"reasons\": [\"fixed\"]}"));

		AiReply reply = this.ai.json(request("test.fix"), null);

		assertThat(reply.json().path("score").asInt()).isEqualTo(30);
		List<FakeAnthropic.Request> sent = model.requests();
		assertThat(sent).hasSize(2);
		assertThat(sent.get(1).lastUserText()).contains("did not fit").contains("score");
		JsonNode messages = sent.get(1).body().path("messages");
		assertThat(messages.size()).isEqualTo(3);
		assertThat(messages.get(1).path("role").asString()).isEqualTo("assistant");
		assertThat(calls()).containsExactly("test.fix/ok", "test.fix/ok");
	}

	@Test
	void aReplyThatDoesNotFitTwiceFails() {
		model.then(Answer.reply("not json at all")).then(Answer.reply("{\"score\": \"high\"}"));

		assertThatThrownBy(() -> this.ai.json(request("test.invalid"), null)).isInstanceOfSatisfying(AiException.class,
				(ex) -> {
					assertThat(ex.kind()).isEqualTo(AiException.Kind.INVALID);
					assertThat(ex.retryable()).isFalse();
				});
		assertThat(calls()).contains("test.invalid/invalid");
	}

	@Test
	void aRefusalIsNotAnAnswer() {
		model.then(Answer.refusal());

		assertThatThrownBy(() -> this.ai.json(request("test.refused"), null)).isInstanceOfSatisfying(AiException.class,
				(ex) -> assertThat(ex.kind()).isEqualTo(AiException.Kind.REFUSED));
		assertThat(calls()).containsExactly("test.refused/refused");
	}

	@Test
	void usageIsSummedPerDay() {
		model.then(Answer.reply("{\"score\": 5, \"reasons\": [\"u\"]}"));
		this.ai.json(request("test.usage"), null);
		model.then(Answer.error(400, "invalid_request_error", Map.of()));
		assertThatThrownBy(() -> this.ai.json(request("test.usage"), null)).isInstanceOf(AiException.class);

		List<AiUsage.Day> days = this.usage.daily(java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusDays(1),
				java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(1));

		assertThat(days).hasSize(1);
		assertThat(days.getFirst().calls()).isEqualTo(2);
		assertThat(days.getFirst().failures()).isEqualTo(1);
		assertThat(days.getFirst().inputTokens()).isEqualTo(100);
		assertThat(days.getFirst().cost()).isPositive();
	}

	private AiRequest request(String purpose) {
		return new AiRequest(purpose, "You judge ideas.", List.of(AiMessage.user("<idea>a bakery</idea>")),
				this.json.readTree(SCHEMA), 0);
	}

	private List<String> calls() {
		return this.jdbc.query("SELECT purpose, outcome FROM ai_calls ORDER BY created_at",
				(row, n) -> row.getString(1) + "/" + row.getString(2));
	}

}
