package io.hearth.identity;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.hearth.platform.ProductionCheck;

import org.springframework.boot.context.properties.bind.Binder;

/**
 * Tokens must not be forgeable in prod: an HS256 secret of at least
 * {@value #MIN_SECRET_BYTES} bytes, or an RS256 private key file.
 */
class IdentityProductionCheck implements ProductionCheck {

	static final int MIN_SECRET_BYTES = 32;

	@Override
	public List<String> problems(Binder settings) {
		String algorithm = settings.bind("hearth.identity.keys.algorithm", String.class).orElse("HS256");
		if ("RS256".equalsIgnoreCase(algorithm)) {
			return settings.bind("hearth.identity.keys.private-key-file", String.class).orElse("").isBlank() ? List
				.of("HEARTH_JWT_PRIVATE_KEY_FILE must name the PKCS#8 PEM private key when HEARTH_JWT_ALGORITHM=RS256 in prod")
					: List.of();
		}
		return check(settings.bind("hearth.identity.jwt.secret", String.class).orElse(""));
	}

	static List<String> check(String secret) {
		List<String> problems = new ArrayList<>();
		if (secret.getBytes(StandardCharsets.UTF_8).length < MIN_SECRET_BYTES) {
			problems.add("HEARTH_JWT_SECRET must be set to a random secret of at least " + MIN_SECRET_BYTES
					+ " bytes in prod (for example: openssl rand -base64 48)");
		}
		return problems;
	}

}
