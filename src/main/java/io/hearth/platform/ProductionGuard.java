package io.hearth.platform;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.support.SpringFactoriesLoader;

/**
 * Refuses to start the {@code prod} profile on insecure settings, before anything
 * connects or listens: an in-memory or default database, CORS {@code *}, and what each
 * module's {@link ProductionCheck} refuses (identity: a missing or short JWT secret).
 * Each refusal is one line naming the variable to set.
 */
class ProductionGuard implements EnvironmentPostProcessor, Ordered {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		Binder binder = Binder.get(environment);
		String profile = binder.bind("hearth.profile", String.class).orElse("dev");
		if (!"prod".equals(profile)) {
			return;
		}
		List<String> problems = check(binder.bind("hearth.db.url", String.class).orElse(""),
				binder.bind("hearth.cors.origins", Bindable.listOf(String.class)).orElse(List.of()));
		for (ProductionCheck module : SpringFactoriesLoader.forDefaultResourceLocation(getClass().getClassLoader())
			.load(ProductionCheck.class)) {
			problems.addAll(module.problems(binder));
		}
		if (!problems.isEmpty()) {
			throw new InsecureConfigurationException(problems);
		}
	}

	/**
	 * The platform's own refusals; the modules add theirs as {@link ProductionCheck}s.
	 */
	static List<String> check(String dbUrl, List<String> corsOrigins) {
		List<String> problems = new ArrayList<>();
		if (dbUrl.isBlank() || dbUrl.startsWith("jdbc:h2:mem:")) {
			problems.add(
					"HEARTH_DB_URL must name a real database in prod (PostgreSQL or MariaDB), not the embedded default or in-memory H2");
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
