package io.hearth.identity;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import io.hearth.platform.HearthProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

@Configuration(proxyBeanMethods = false)
class IdentityConfiguration {

	@Bean
	SigningKeys signingKeys(IdentityProperties identity, HearthProperties hearth) {
		return SigningKeys.load(identity, hearth);
	}

	@Bean
	JwtEncoder jwtEncoder(SigningKeys keys) {
		return keys.encoder();
	}

	/**
	 * Signature with the one allowed algorithm (remembered per token), then on every
	 * request: expiry (30 s skew), issuer and the revocation gate.
	 */
	@Bean
	JwtDecoder jwtDecoder(SigningKeys keys, IdentityProperties identity, AccessGate gate, Clock clock) {
		NimbusJwtDecoder signature = keys.decoder();
		signature.setJwtValidator((jwt) -> OAuth2TokenValidatorResult.success());
		JwtTimestampValidator timestamps = new JwtTimestampValidator(Duration.ofSeconds(30));
		timestamps.setClock(clock);
		return new VerifiedTokens(signature, new DelegatingOAuth2TokenValidator<>(timestamps,
				new JwtIssuerValidator(identity.jwt().issuer()), gate));
	}

	/**
	 * bcrypt at the configured cost; hashes of other ids or costs still verify and are
	 * upgraded at login.
	 */
	@Bean
	PasswordEncoder passwordEncoder(IdentityProperties identity) {
		BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(BCryptPasswordEncoder.BCryptVersion.$2A,
				identity.bcryptCost());
		return new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", bcrypt));
	}

}
