package io.hearth.support;

import io.hearth.support.Api.Reply;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Asserts that a response is the one error body of DESIGN.md with the given status and
 * code.
 */
public final class ProblemAssert {

	private ProblemAssert() {
	}

	public static void assertProblem(Reply reply, int status, String code) {
		assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
		assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
		JsonNode body = reply.json();
		assertThat(body.get("success").asBoolean()).isFalse();
		assertThat(body.get("status").asInt()).isEqualTo(status);
		assertThat(body.get("code").asString()).isEqualTo(code);
		assertThat(body.get("title").asString()).isNotBlank();
		assertThat(body.get("type").asString()).startsWith("urn:hearth:problem:");
		assertThat(body.get("detail").asString()).isNotBlank().isEqualTo(body.get("error").asString());
		assertThat(body.get("request_id").asString()).isNotBlank().isEqualTo(reply.header("X-Request-Id"));
	}

}
