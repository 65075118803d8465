package io.hearth.identity;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.hearth.support.Api.Reply;
import io.hearth.support.ApiSystemTest;
import io.hearth.support.MutableClock;
import io.hearth.support.TestAccounts.Account;
import io.hearth.support.TestAccounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static io.hearth.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/** Lockout, token expiry and the refresh grace window, on a clock the test moves. */
@Import(MutableClock.Config.class)
class TimeDependentAuthSystemTest extends ApiSystemTest {

	@Autowired
	MutableClock clock;

	@Test
	void shouldLockAnAccountAfterFiveWrongPasswordsForFifteenMinutes() {
		Account user = this.accounts.create("user");
		for (int i = 0; i < 5; i++) {
			assertProblem(login(user.username(), "Wrong-password-" + i), 401, "INVALID_CREDENTIALS");
		}
		Reply locked = login(user.username(), TestAccounts.PASSWORD);
		assertProblem(locked, 401, "INVALID_CREDENTIALS");
		this.clock.advance(Duration.ofMinutes(14));
		assertProblem(login(user.username(), TestAccounts.PASSWORD), 401, "INVALID_CREDENTIALS");
		this.clock.advance(Duration.ofMinutes(2));
		assertThat(login(user.username(), TestAccounts.PASSWORD).status()).isEqualTo(200);
	}

	@Test
	void shouldNotLockAfterFourWrongPasswordsFollowedByTheRightOne() {
		Account user = this.accounts.create("user");
		for (int i = 0; i < 4; i++) {
			login(user.username(), "Wrong-password-" + i);
		}
		assertThat(login(user.username(), TestAccounts.PASSWORD).status()).isEqualTo(200);
		for (int i = 0; i < 4; i++) {
			login(user.username(), "Wrong-password-" + i);
		}
		assertThat(login(user.username(), TestAccounts.PASSWORD).status()).as("the count restarted").isEqualTo(200);
	}

	@Test
	void shouldExpireAccessTokensAfterFifteenMinutes() {
		Account user = this.accounts.create("user");
		this.clock.advance(Duration.ofMinutes(14));
		assertThat(me(user).status()).isEqualTo(200);
		this.clock.advance(Duration.ofMinutes(2));
		assertProblem(me(user), 401, "UNAUTHENTICATED");
		Reply refreshed = refresh(user.refreshToken());
		assertThat(refreshed.status()).isEqualTo(200);
	}

	@Test
	void shouldLetTwoConcurrentRefreshesOfOneTokenBothSucceed() throws Exception {
		Account user = this.accounts.create("user");
		CountDownLatch start = new CountDownLatch(1);
		List<Callable<Reply>> calls = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			calls.add(() -> {
				start.await();
				return refresh(user.refreshToken());
			});
		}
		try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
			List<Future<Reply>> replies = new ArrayList<>();
			for (Callable<Reply> call : calls) {
				replies.add(pool.submit(call));
			}
			start.countDown();
			List<String> next = new ArrayList<>();
			for (Future<Reply> reply : replies) {
				Reply r = reply.get();
				assertThat(r.status()).as(r.toString()).isEqualTo(200);
				next.add(r.json().at("/data/refresh_token").asString());
			}
			assertThat(next.get(0)).isNotEqualTo(next.get(1));
			// the session survived: both new tokens work, once each
			assertThat(refresh(next.get(0)).status()).isEqualTo(200);
			assertThat(refresh(next.get(1)).status()).isEqualTo(200);
		}
	}

	@Test
	void shouldAcceptAReplayInsideTheGraceWindowAndEndTheSessionAfterIt() {
		Account user = this.accounts.create("user");
		Reply first = refresh(user.refreshToken());
		assertThat(first.status()).isEqualTo(200);
		this.clock.advance(Duration.ofSeconds(5));
		Reply withinGrace = refresh(user.refreshToken());
		assertThat(withinGrace.status()).as("a second tab, 5 s later").isEqualTo(200);

		this.clock.advance(Duration.ofSeconds(30));
		assertProblem(refresh(user.refreshToken()), 401, "INVALID_REFRESH_TOKEN");
		// a replay means the token leaked: the whole session ends, including tokens
		// issued since
		String stillHeld = withinGrace.json().at("/data/refresh_token").asString();
		assertProblem(refresh(stillHeld), 401, "INVALID_REFRESH_TOKEN");
		String access = withinGrace.json().at("/data/access_token").asString();
		assertProblem(this.api.get("/api/v1/auth/me", "Authorization", "Bearer " + access), 401, "UNAUTHENTICATED");
	}

	@Test
	void shouldRefuseARefreshTokenAfterThirtyDays() {
		Account user = this.accounts.create("user");
		this.clock.advance(Duration.ofDays(30).plusMinutes(1));
		assertProblem(refresh(user.refreshToken()), 401, "INVALID_REFRESH_TOKEN");
	}

	private Reply me(Account user) {
		return this.api.as(user).get("/api/v1/auth/me");
	}

	private Reply login(String login, String password) {
		return this.api.post("/api/v1/auth/login",
				"{\"login\": \"%s\", \"password\": \"%s\"}".formatted(login, password));
	}

	private Reply refresh(String token) {
		return this.api.post("/api/v1/auth/refresh", "{\"refresh_token\": \"" + token + "\"}");
	}

}
