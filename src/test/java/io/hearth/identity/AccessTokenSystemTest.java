package io.hearth.identity;

import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.time.Instant;
import java.util.Date;

import io.hearth.support.Api.Reply;
import io.hearth.support.ApiSystemTest;
import io.hearth.support.TestAccounts.Account;
import io.hearth.support.TestAccounts;
import io.hearth.support.Tokens;
import org.junit.jupiter.api.Test;

import static io.hearth.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the per-request token check refuses. Every forged token copies a real session's
 * subject and session id and changes exactly one thing; the unchanged copy is accepted,
 * so each refusal is due to that one change.
 */
class AccessTokenSystemTest extends ApiSystemTest {

	@Test
	void shouldAcceptAFaithfulCopyWhichProvesTheForgeriesAreOtherwiseValid() {
		Account user = this.accounts.create("user");
		String copy = Tokens.hs256(Tokens.like(user.accessToken(), Instant.now()), Tokens.TEST_SECRET);
		assertThat(me(copy).status()).isEqualTo(200);
	}

	@Test
	void shouldRefuseForgedMalformedAndOutOfDateTokens() throws NoSuchAlgorithmException {
		Account user = this.accounts.create("user");
		Instant now = Instant.now();
		KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
		rsa.initialize(2048);
		String[] refused = { "not-a-jwt", Tokens.unsigned(Tokens.like(user.accessToken(), now)),
				Tokens.tampered(user.accessToken()),
				Tokens.hs256(Tokens.like(user.accessToken(), now), "a-different-key-of-sufficient-length-0123456789"),
				Tokens.rs256(Tokens.like(user.accessToken(), now), (RSAPrivateKey) rsa.generateKeyPair().getPrivate()),
				Tokens.hs256(Tokens.like(user.accessToken(), now)
					.issueTime(Date.from(now.minusSeconds(1200)))
					.notBeforeTime(Date.from(now.minusSeconds(1200)))
					.expirationTime(Date.from(now.minusSeconds(300))), Tokens.TEST_SECRET),
				Tokens.hs256(Tokens.like(user.accessToken(), now).notBeforeTime(Date.from(now.plusSeconds(300))),
						Tokens.TEST_SECRET),
				Tokens.hs256(Tokens.like(user.accessToken(), now).issuer("someone-else"), Tokens.TEST_SECRET),
				Tokens.hs256(Tokens.like(user.accessToken(), now).claim("sid", java.util.UUID.randomUUID().toString()),
						Tokens.TEST_SECRET) };
		for (String token : refused) {
			Reply reply = me(token);
			assertProblem(reply, 401, "UNAUTHENTICATED");
			assertThat(reply.header("WWW-Authenticate")).startsWith("Bearer error=\"invalid_token\"");
		}
		assertThat(me(user.accessToken()).status()).as("the real token still works").isEqualTo(200);
	}

	@Test
	void shouldRefuseATokenAfterLogoutOnTheVeryNextRequest() {
		Account user = this.accounts.create("user");
		assertThat(me(user.accessToken()).status()).isEqualTo(200);
		assertThat(this.api.as(user).post("/api/v1/auth/logout", null).status()).isEqualTo(204);
		assertProblem(me(user.accessToken()), 401, "UNAUTHENTICATED");
		Reply refresh = this.api.post("/api/v1/auth/refresh", "{\"refresh_token\": \"" + user.refreshToken() + "\"}");
		assertProblem(refresh, 401, "INVALID_REFRESH_TOKEN");
	}

	@Test
	void shouldRefuseTokensOfDisabledAndDeletedUsersAtOnce() {
		String admin = this.accounts.admin().bearer();
		Account disabled = this.accounts.create("user");
		Account deleted = this.accounts.create("staff");
		assertThat(me(disabled.accessToken()).status()).isEqualTo(200);
		assertThat(me(deleted.accessToken()).status()).isEqualTo(200);

		Reply disable = this.api.send("PATCH", "/api/v1/admin/users/" + disabled.id(), "{\"status\": \"disabled\"}",
				"Authorization", admin);
		assertThat(disable.status()).as(disable.toString()).isEqualTo(200);
		assertProblem(me(disabled.accessToken()), 401, "UNAUTHENTICATED");
		Reply login = this.api.post("/api/v1/auth/login",
				"{\"login\": \"%s\", \"password\": \"%s\"}".formatted(disabled.username(), TestAccounts.PASSWORD));
		assertProblem(login, 403, "ACCOUNT_DISABLED");

		assertThat(this.api.delete("/api/v1/admin/users/" + deleted.id(), "Authorization", admin).status())
			.isEqualTo(204);
		assertProblem(me(deleted.accessToken()), 401, "UNAUTHENTICATED");
	}

	@Test
	void shouldApplyADemotionOnTheNextRequestWithoutANewToken() {
		String admin = this.accounts.admin().bearer();
		Account staff = this.accounts.create("admin");
		assertThat(this.api.as(staff).get("/api/v1/admin/users").status()).isEqualTo(200);
		this.api.send("PATCH", "/api/v1/admin/users/" + staff.id(), "{\"role\": \"user\"}", "Authorization", admin);
		assertProblem(this.api.as(staff).get("/api/v1/admin/users"), 403, "FORBIDDEN");
		assertThat(me(staff.accessToken()).json().at("/data/role").asString()).isEqualTo("user");
	}

	private Reply me(String token) {
		return this.api.get("/api/v1/auth/me", "Authorization", "Bearer " + token);
	}

}
