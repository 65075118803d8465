package io.hearth.identity;

import io.hearth.support.Api.Reply;
import io.hearth.support.ApiSystemTest;
import io.hearth.support.TestAccounts;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.test.context.TestPropertySource;

import static io.hearth.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Budgets on one instance (in memory): strict per IP on the credential endpoints, per
 * user (or per IP when anonymous) on the rest of the API. Ordered, because both tests
 * spend this context's budgets of 127.0.0.1.
 */
@TestPropertySource(properties = { "hearth.rate-limit.auth=5", "hearth.rate-limit.api=8" })
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@io.hearth.support.DatabaseIndependent
class RateLimitSystemTest extends ApiSystemTest {

	@Test
	@Order(1)
	void shouldGiveEachUserTheirOwnApiBudget() {
		String admin = this.accounts.admin().bearer();
		Reply last = null;
		int allowed = 0;
		for (int i = 0; i < 9; i++) {
			last = this.api.get("/api/v1/notices", "Authorization", admin);
			if (last.status() == 200) {
				allowed++;
				assertThat(last.header("RateLimit-Limit")).isEqualTo("8");
				assertThat(last.header("RateLimit-Remaining")).isEqualTo(String.valueOf(8 - allowed));
			}
		}
		assertThat(allowed).isEqualTo(8);
		assertProblem(last, 429, "RATE_LIMITED");
		assertThat(Long.parseLong(last.header("Retry-After"))).isBetween(1L, 60L);
		assertThat(this.api.get("/api/v1/notices").status()).as("anonymous callers have their own budget")
			.isEqualTo(200);
		assertThat(this.api.get("/api/v1/health").status()).as("health is never limited").isEqualTo(200);
	}

	@Test
	@Order(2)
	void shouldThrottleCredentialEndpointsPerIp() {
		Reply reply;
		int attempts = 0;
		do {
			reply = this.api.post("/api/v1/auth/login", "{\"login\": \"nobody\", \"password\": \"Whatever-123\"}");
			attempts++;
		}
		while (reply.status() == 401 && attempts < 10);
		assertThat(attempts).as("at most 5 attempts a minute, one spent by the first test").isEqualTo(5);
		assertProblem(reply, 429, "RATE_LIMITED");
		assertThat(reply.header("RateLimit-Remaining")).isEqualTo("0");
		Reply evenRight = this.api.post("/api/v1/auth/login",
				"{\"login\": \"%s\", \"password\": \"%s\"}".formatted(TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD));
		assertProblem(evenRight, 429, "RATE_LIMITED");
	}

	@Test
	@Order(3)
	void shouldCountAPercentEncodedPathAndThePagesAgainstTheSameBudget() {
		// routed as the login, so limited as the login (these were let through)
		assertProblem(this.api.post("/api/v1/auth/%6Cogin", "{\"login\": \"nobody\", \"password\": \"Whatever-123\"}"),
				429, "RATE_LIMITED");
		io.hearth.support.Pages browser = new io.hearth.support.Pages(this.port);
		browser.get("/signin");
		assertThat(browser.submit("/signin", java.util.Map.of("login", "nobody", "password", "x")).statusCode())
			.isEqualTo(429);
		assertThat(browser.submit("/%73ignin", java.util.Map.of("login", "nobody", "password", "x")).statusCode())
			.isEqualTo(429);
	}

}
