package io.hearth.support;

import java.nio.charset.StandardCharsets;
import java.security.interfaces.RSAPrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hand-made access tokens for the tests that check what the server refuses: each copies a
 * real token's subject and session and changes one thing.
 */
public final class Tokens {

	/**
	 * The test profile's HS256 secret (application-test.yml); signs tokens only inside
	 * the test JVM.
	 */
	public static final String TEST_SECRET = "hearth-test-only-signing-key-0123456789abcdef";

	private Tokens() {
	}

	/** The claims of a real token (its payload, unverified). */
	public static JsonNode claimsOf(String token) {
		String payload = token.split("\\.")[1];
		return JsonMapper.shared().readTree(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
	}

	/**
	 * Claims like the server's for that user and session, valid for 10 minutes from
	 * {@code now}.
	 */
	public static JWTClaimsSet.Builder like(String realToken, Instant now) {
		JsonNode real = claimsOf(realToken);
		return new JWTClaimsSet.Builder().issuer("hearth")
			.subject(real.get("sub").asString())
			.issueTime(Date.from(now))
			.notBeforeTime(Date.from(now))
			.expirationTime(Date.from(now.plusSeconds(600)))
			.jwtID(UUID.randomUUID().toString())
			.claim("sid", real.get("sid").asString())
			.claim("role", real.get("role").asString());
	}

	public static String hs256(JWTClaimsSet.Builder claims, byte[] key) {
		try {
			SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims.build());
			jwt.sign(new MACSigner(key));
			return jwt.serialize();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public static String hs256(JWTClaimsSet.Builder claims, String secret) {
		return hs256(claims, secret.getBytes(StandardCharsets.UTF_8));
	}

	public static String rs256(JWTClaimsSet.Builder claims, RSAPrivateKey key) {
		try {
			SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims.build());
			jwt.sign(new RSASSASigner(key));
			return jwt.serialize();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** {@code alg: none}: no signature at all. */
	public static String unsigned(JWTClaimsSet.Builder claims) {
		Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
		String header = b64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
		String payload = b64.encodeToString(claims.build().toString().getBytes(StandardCharsets.UTF_8));
		return header + "." + payload + ".";
	}

	/** The token with one payload character changed and the signature kept. */
	public static String tampered(String token) {
		String[] parts = token.split("\\.");
		JsonNode claims = claimsOf(token);
		String changed = claims.toString()
			.replace("\"role\":\"" + claims.get("role").asString() + "\"", "\"role\":\"admin\"");
		String payload = Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(changed.getBytes(StandardCharsets.UTF_8));
		return parts[0] + "." + payload + "." + parts[2];
	}

}
