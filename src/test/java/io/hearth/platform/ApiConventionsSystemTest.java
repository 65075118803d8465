package io.hearth.platform;

import io.hearth.support.Api.Reply;
import io.hearth.support.ApiSystemTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static io.hearth.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/** The conventions of DESIGN.md that hold for every route, whichever module serves it. */
// nested configuration is only found on the class declaring @SpringBootTest: import it
@Import(ApiConventionsSystemTest.FailingRoute.class)
@io.hearth.support.DatabaseIndependent
class ApiConventionsSystemTest extends ApiSystemTest {

	@Test
	void shouldAnswerUnknownRoutesWithTheErrorBody() {
		String user = this.accounts.create("user").bearer();
		assertProblem(this.api.get("/api/v1/no-such-thing", "Authorization", user), 404, "NOT_FOUND");
		assertProblem(this.api.get("/no-such-page"), 404, "NOT_FOUND");
		// anonymous callers learn nothing about which API routes exist
		Reply anonymous = this.api.get("/api/v1/no-such-thing");
		assertProblem(anonymous, 401, "UNAUTHENTICATED");
		assertThat(anonymous.header("WWW-Authenticate")).isEqualTo("Bearer");
	}

	@Test
	void shouldAnswerAWrongMethodWith405AndAllow() {
		Reply reply = this.api.send("PATCH", "/api/v1/health", "{}");
		assertProblem(reply, 405, "METHOD_NOT_ALLOWED");
		assertThat(reply.header("Allow")).contains("GET");
	}

	@Test
	void shouldAnswerAnUnservableAcceptWith406() {
		Reply reply = this.api.get("/api/v1/health", "Accept", "application/xml");
		assertProblem(reply, 406, "NOT_ACCEPTABLE");
	}

	@Test
	void shouldRefuseRequestsTheFirewallRejectsWithTheErrorBody() {
		assertProblem(this.api.get("/api/v1/notices;jsessionid=1"), 400, "BAD_REQUEST");
	}

	@Test
	void shouldEchoAValidRequestIdAndReplaceAnInvalidOne() {
		Reply kept = this.api.get("/api/v1/health", "X-Request-Id", "trace-123.abc");
		assertThat(kept.header("X-Request-Id")).isEqualTo("trace-123.abc");
		Reply replaced = this.api.get("/api/v1/health", "X-Request-Id", "bad id with spaces\u00e9");
		assertThat(replaced.header("X-Request-Id")).isNotBlank().isNotEqualTo("bad id with spaces\u00e9");
		Reply error = this.api.get("/no-such-page", "X-Request-Id", "trace-404");
		assertThat(error.json().get("request_id").asString()).isEqualTo("trace-404");
	}

	@Test
	void shouldSendSecurityHeadersOnEveryResponse() {
		for (Reply reply : new Reply[] { this.api.get("/api/v1/health"), this.api.get("/api/v1/nope") }) {
			assertThat(reply.header("X-Content-Type-Options")).isEqualTo("nosniff");
			assertThat(reply.header("X-Frame-Options")).isEqualTo("DENY");
			assertThat(reply.header("Content-Security-Policy")).contains("default-src 'none'");
			assertThat(reply.header("Referrer-Policy")).isEqualTo("no-referrer");
		}
	}

	@Test
	void shouldAllowOnlyConfiguredOriginsCrossSite() {
		Reply allowed = this.api.send("OPTIONS", "/api/v1/notices", null, "Origin", "https://app.example.test",
				"Access-Control-Request-Method", "POST", "Access-Control-Request-Headers",
				"authorization,content-type");
		assertThat(allowed.status()).isEqualTo(200);
		assertThat(allowed.header("Access-Control-Allow-Origin")).isEqualTo("https://app.example.test");
		Reply refused = this.api.send("OPTIONS", "/api/v1/notices", null, "Origin", "https://evil.example",
				"Access-Control-Request-Method", "POST");
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.header("Access-Control-Allow-Origin")).isNull();
	}

	@Test
	void shouldHideInternalsOfAnUnexpectedFailure() {
		Reply reply = this.api.get("/api/v1/health/explode");
		assertProblem(reply, 500, "INTERNAL_ERROR");
		assertThat(reply.body()).doesNotContain("SELECT")
			.doesNotContain("secret_table")
			.doesNotContain("Exception")
			.doesNotContain("at io.hearth");
	}

	@Test
	void shouldPublishAnOpenApiDocumentWithTheErrorBodyOnEveryOperation() {
		Reply reply = this.api.get("/api/v1/openapi.json");
		assertThat(reply.status()).isEqualTo(200);
		JsonNode doc = reply.json();
		assertThat(doc.get("openapi").asString()).startsWith("3.1");
		assertThat(doc.at("/components/schemas/Problem/properties/request_id").isMissingNode()).isFalse();
		doc.get("paths").properties().forEach((path) -> path.getValue().properties().forEach((operation) -> {
			JsonNode responses = operation.getValue().get("responses");
			assertThat(responses.at("/500/content/application~1problem+json/schema/$ref").asString()).as(path.getKey())
				.isEqualTo("#/components/schemas/Problem");
		}));
		assertThat(doc.at("/components/schemas/NoticeView/properties/created_at").isMissingNode()).isFalse();
		assertThat(this.api.get("/docs").status()).isEqualTo(302);
	}

	@Test
	void shouldDocumentEveryRequestBodyAsItsRequestRecordNotAsJacksonInternals() {
		JsonNode doc = this.api.get("/api/v1/openapi.json").json();
		doc.get("paths").properties().forEach((path) -> path.getValue().properties().forEach((operation) -> {
			JsonNode content = operation.getValue().at("/requestBody/content");
			content.properties().forEach((type) -> {
				String ref = type.getValue().at("/schema/$ref").asString("");
				assertThat(ref).as(operation.getKey() + " " + path.getKey() + " " + type.getKey())
					.doesNotContain("JsonNode")
					.doesNotContain("ObjectNode");
			});
		}));
		assertThat(doc.at("/paths/~1api~1v1~1collections~1items/post/requestBody/content/application~1json/schema/$ref")
			.asString()).isEqualTo("#/components/schemas/ItemRequest");
		assertThat(doc.at("/paths/~1api~1v1~1interactions~1{id}/patch/requestBody/content")
			.has("application/merge-patch+json")).isTrue();
		assertThat(doc.at("/paths/~1api~1v1~1collections~1items~1{id}/put/parameters").toString())
			.contains("\"If-Match\"")
			.contains("\"header\"");
		assertThat(doc.at("/paths/~1api~1v1~1interactions/get/parameters").toString()).contains("\"X-Site-Id\"")
			.doesNotContain("\"site_id\"")
			.contains("\"start_from\"");
		assertThat(doc.at("/paths/~1api~1v1~1interactions~1export/get/parameters").toString())
			.contains("\"start_from\"")
			.contains("\"created_by\"");
		JsonNode item = doc.at("/components/schemas/ItemRequest");
		assertThat(item.at("/properties/category_id/format").asString()).isEqualTo("uuid");
		assertThat(item.at("/properties/name/maxLength").asInt()).isEqualTo(200);
		assertThat(item.get("required").toString()).contains("name").contains("category_id");
		JsonNode interaction = doc.at("/components/schemas/InteractionRequest");
		assertThat(interaction.at("/properties/start_at/format").asString()).isEqualTo("date-time");
		assertThat(interaction.at("/properties/title/maxLength").asInt()).isEqualTo(255);
	}

	/** A route that fails the way a bug would, with internals in the message. */
	@TestConfiguration
	static class FailingRoute {

		@Bean
		Exploding exploding() {
			return new Exploding();
		}

	}

	@RestController
	static class Exploding {

		@GetMapping("/api/v1/health/explode")
		String explode() {
			throw new IllegalStateException("SELECT * FROM secret_table failed at io.hearth.Secret");
		}

	}

}
