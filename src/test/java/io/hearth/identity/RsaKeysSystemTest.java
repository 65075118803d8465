package io.hearth.identity;

import java.math.BigInteger;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.time.Instant;
import java.util.Base64;

import io.hearth.support.Api.Reply;
import io.hearth.support.ApiSystemTest;
import io.hearth.support.TestAccounts.Account;
import io.hearth.support.Tokens;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.test.context.TestPropertySource;

import static io.hearth.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * RS256 mode: tokens carry a kid published in the JWKS, and HS256 tokens keyed with the
 * public key are refused.
 */
@TestPropertySource(properties = { "hearth.identity.keys.algorithm=RS256",
		"hearth.identity.keys.private-key-file=target/test-data/secrets/test-rs256.pem" })
@io.hearth.support.DatabaseIndependent
class RsaKeysSystemTest extends ApiSystemTest {

	@Test
	void shouldSignWithTheKeyPublishedInTheJwks() throws Exception {
		Account user = this.accounts.create("user");
		Reply jwks = this.api.get("/.well-known/jwks.json");
		assertThat(jwks.status()).isEqualTo(200);
		assertThat(jwks.header("Content-Type")).startsWith("application/jwk-set+json");
		JsonNode key = jwks.json().at("/keys/0");
		assertThat(key.get("kty").asString()).isEqualTo("RSA");
		assertThat(key.has("d")).as("never the private part").isFalse();
		String header = new String(Base64.getUrlDecoder().decode(user.accessToken().split("\\.")[0]));
		assertThat(header).contains("\"alg\":\"RS256\"").contains(key.get("kid").asString());
		assertThat(this.api.as(user).get("/api/v1/auth/me").status()).isEqualTo(200);

		// the classic key confusion: HMAC keyed with the public key
		RSAPublicKey publicKey = (RSAPublicKey) KeyFactory.getInstance("RSA")
			.generatePublic(
					new RSAPublicKeySpec(new BigInteger(1, Base64.getUrlDecoder().decode(key.get("n").asString())),
							new BigInteger(1, Base64.getUrlDecoder().decode(key.get("e").asString()))));
		String confused = Tokens.hs256(Tokens.like(user.accessToken(), Instant.now()), publicKey.getEncoded());
		assertProblem(this.api.get("/api/v1/auth/me", "Authorization", "Bearer " + confused), 401, "UNAUTHENTICATED");
		String hmacWithTestSecret = Tokens.hs256(Tokens.like(user.accessToken(), Instant.now()), Tokens.TEST_SECRET);
		assertProblem(this.api.get("/api/v1/auth/me", "Authorization", "Bearer " + hmacWithTestSecret), 401,
				"UNAUTHENTICATED");
	}

}
