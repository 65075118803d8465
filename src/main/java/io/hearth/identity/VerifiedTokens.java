package io.hearth.identity;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/**
 * A token's signature never becomes valid or invalid later, so a successfully verified
 * token string is remembered for a while and not parsed and verified again; its time,
 * issuer and revocation checks still run on every request. Parsing and HMAC verification
 * were the largest part of the per-request cost in profiles of
 * {@code GET /api/v1/auth/me}. Failures are not remembered.
 */
final class VerifiedTokens implements JwtDecoder {

	private final JwtDecoder signature;

	private final OAuth2TokenValidator<Jwt> checks;

	private final Cache<String, Jwt> verified = Caffeine.newBuilder()
		.maximumSize(50_000)
		.expireAfterWrite(Duration.ofMinutes(5))
		.build();

	VerifiedTokens(JwtDecoder signature, OAuth2TokenValidator<Jwt> checks) {
		this.signature = signature;
		this.checks = checks;
	}

	@Override
	public Jwt decode(String token) throws JwtException {
		Jwt jwt = this.verified.getIfPresent(token);
		if (jwt == null) {
			jwt = this.signature.decode(token);
			this.verified.put(token, jwt);
		}
		OAuth2TokenValidatorResult result = this.checks.validate(jwt);
		if (result.hasErrors()) {
			String description = result.getErrors().iterator().next().getDescription();
			throw new JwtValidationException((description != null) ? description : "Invalid token", result.getErrors());
		}
		return jwt;
	}

}
