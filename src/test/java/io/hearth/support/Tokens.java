package io.hearth.support;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Access tokens for system tests, signed with the test profile's secret
 * (application-test.yml) until the identity module issues real ones.
 */
public final class Tokens {

	public static final String TEST_SECRET = "hearth-test-only-signing-key-0123456789abcdef";

	private Tokens() {
	}

	public static String forRole(String role) {
		return sign(claims(role, "hearth", Instant.now(), Instant.now().plusSeconds(900)), TEST_SECRET);
	}

	public static String bearer(String role) {
		return "Bearer " + forRole(role);
	}

	public static JWTClaimsSet.Builder claims(String role, String issuer, Instant issuedAt, Instant expiresAt) {
		return new JWTClaimsSet.Builder().issuer(issuer)
			.subject(UUID.randomUUID().toString())
			.issueTime(Date.from(issuedAt))
			.expirationTime(Date.from(expiresAt))
			.jwtID(UUID.randomUUID().toString())
			.claim("sid", UUID.randomUUID().toString())
			.claim("role", role);
	}

	public static String sign(JWTClaimsSet.Builder claims, String secret) {
		try {
			SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims.build());
			jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
			return jwt.serialize();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
