package io.hearth.identity;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Component;

/** Issues access tokens: {@code iss, sub, iat, nbf, exp, jti, sid, role}. */
@Component
class AccessTokens {

	private final JwtEncoder encoder;

	private final SigningKeys keys;

	private final IdentityProperties properties;

	private final String issuer;

	private final Clock clock;

	AccessTokens(JwtEncoder encoder, SigningKeys keys, IdentityProperties properties, Clock clock) {
		this.encoder = encoder;
		this.keys = keys;
		this.properties = properties;
		this.issuer = properties.jwt().issuer();
		this.clock = clock;
	}

	Issued issue(User user, UUID sessionId) {
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.SECONDS);
		Instant expires = now.plus(this.properties.accessTokenTtl());
		JwtClaimsSet claims = JwtClaimsSet.builder()
			.issuer(this.issuer)
			.subject(user.id().toString())
			.issuedAt(now)
			.notBefore(now)
			.expiresAt(expires)
			.id(UUID.randomUUID().toString())
			.claim("sid", sessionId.toString())
			.claim("role", user.role().value())
			.build();
		JwsHeader header = this.keys.rsa() ? JwsHeader.with(SignatureAlgorithm.RS256).build()
				: JwsHeader.with(MacAlgorithm.HS256).build();
		String token = this.encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
		return new Issued(token, this.properties.accessTokenTtl().toSeconds());
	}

	record Issued(String token, long expiresIn) {
	}

}
