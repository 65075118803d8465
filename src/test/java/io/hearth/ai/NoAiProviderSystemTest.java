package io.hearth.ai;

import io.hearth.support.ApiSystemTest;
import io.hearth.support.DatabaseIndependent;
import io.hearth.support.TestAccounts.Account;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.test.context.TestPropertySource;

import static io.hearth.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code HEARTH_AI_PROVIDER=none}: the AI features answer 503 {@code AI_UNAVAILABLE},
 * nothing is stored or held, and the health report says the provider is off without
 * calling it degraded.
 */
@TestPropertySource(properties = "hearth.ai.provider=none")
@DatabaseIndependent
class NoAiProviderSystemTest extends ApiSystemTest {

	@Test
	void theAiFeaturesAnswerUnavailableAndHealthSaysOff() {
		Account user = this.accounts.create("user");

		assertProblem(this.api.as(user)
			.post("/api/v1/planning/analyses",
					"{\"idea\": \"A shop that repairs and sells second-hand bicycles\","
							+ " \"industry\": \"Retail\", \"target_market\": \"Students\", \"country\": \"IT\","
							+ " \"language\": \"en\", \"tier\": \"free\"}"),
				503, "AI_UNAVAILABLE");

		assertThat(this.api.as(user).get("/api/v1/planning/analyses").json().path("data")).isEmpty();
		JsonNode ai = this.api.get("/api/v1/health/full").json().at("/data/components/ai");
		assertThat(ai.path("status").asString()).isEqualTo("ok");
		assertThat(ai.at("/info/provider").asString()).isEqualTo("none");
		assertThat(ai.at("/info/state").asString()).isEqualTo("off");
	}

}
