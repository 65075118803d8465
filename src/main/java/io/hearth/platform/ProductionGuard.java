package io.hearth.platform;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Refuses to start the {@code prod} profile on insecure settings, before anything
 * connects or listens: an in-memory or default database, a missing or short JWT secret,
 * CORS {@code *}. Each refusal is one line naming the variable to set.
 */
class ProductionGuard implements EnvironmentPostProcessor, Ordered {

	static final int MIN_SECRET_BYTES = 32;

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		Binder binder = Binder.get(environment);
		String profile = binder.bind("hearth.profile", String.class).orElse("dev");
		if (!"prod".equals(profile)) {
			return;
		}
		String algorithm = binder.bind("hearth.identity.keys.algorithm", String.class).orElse("HS256");
		List<String> problems = check(binder.bind("hearth.db.url", String.class).orElse(""),
				"RS256".equalsIgnoreCase(algorithm) ? null : binder.bind("hearth.jwt.secret", String.class).orElse(""),
				binder.bind("hearth.cors.origins", Bindable.listOf(String.class)).orElse(List.of()));
		if ("RS256".equalsIgnoreCase(algorithm)
				&& binder.bind("hearth.identity.keys.private-key-file", String.class).orElse("").isBlank()) {
			problems.add(
					"HEARTH_JWT_PRIVATE_KEY_FILE must name the PKCS#8 PEM private key when HEARTH_JWT_ALGORITHM=RS256 in prod");
		}
		if (!problems.isEmpty()) {
			throw new InsecureConfigurationException(problems);
		}
	}

	/**
	 * @param jwtSecret the HS256 secret, or {@code null} when tokens are signed with
	 * RS256 instead
	 */
	static List<String> check(String dbUrl, @Nullable String jwtSecret, List<String> corsOrigins) {
		List<String> problems = new ArrayList<>();
		if (dbUrl.isBlank() || dbUrl.startsWith("jdbc:h2:mem:")) {
			problems.add(
					"HEARTH_DB_URL must name a real database in prod (PostgreSQL or MariaDB), not the embedded default or in-memory H2");
		}
		if (jwtSecret != null && jwtSecret.getBytes(StandardCharsets.UTF_8).length < MIN_SECRET_BYTES) {
			problems.add("HEARTH_JWT_SECRET must be set to a random secret of at least " + MIN_SECRET_BYTES
					+ " bytes in prod (for example: openssl rand -base64 48)");
		}
		List<String> origins = corsOrigins.stream().map(String::strip).filter((o) -> !o.isEmpty()).toList();
		if (origins.isEmpty() || origins.stream().anyMatch((o) -> o.equals("*") || o.contains("://*"))) {
			problems.add(
					"HEARTH_CORS_ORIGINS must list the exact browser origins allowed in prod (comma-separated), never *");
		}
		return problems;
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	static class InsecureConfigurationException extends IllegalStateException {

		InsecureConfigurationException(List<String> problems) {
			super("Refusing to start with profile prod: " + String.join("; ", problems));
		}

	}

	static class Analyzer extends AbstractFailureAnalyzer<InsecureConfigurationException> {

		@Override
		protected FailureAnalysis analyze(Throwable rootFailure, InsecureConfigurationException cause) {
			return new FailureAnalysis(cause.getMessage(),
					"Set the variables named above (environment or .env) and start again.", cause);
		}

	}

}
