package io.hearth.platform;

import java.util.List;

import io.hearth.HearthApplication;
import org.junit.jupiter.api.Test;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The guard's own refusals, and the whole refusal with identity's check loaded from
 * {@code spring.factories} (the JWT secret is identity's setting).
 */
class ProductionGuardTest {

	@Test
	void shouldAcceptASecureProductionConfiguration() {
		assertThat(ProductionGuard.check("jdbc:postgresql://db/hearth", List.of("https://app.example.com"))).isEmpty();
	}

	@Test
	void shouldNameTheVariableOfEachInsecureSetting() {
		assertThat(ProductionGuard.check("", List.of("https://a.example"))).singleElement()
			.asString()
			.startsWith("HEARTH_DB_URL");
		assertThat(ProductionGuard.check("jdbc:h2:mem:x", List.of("https://a.example"))).singleElement()
			.asString()
			.startsWith("HEARTH_DB_URL");
		assertThat(ProductionGuard.check("jdbc:postgresql://db/h", List.of("*"))).singleElement()
			.asString()
			.startsWith("HEARTH_CORS_ORIGINS");
		assertThat(ProductionGuard.check("jdbc:postgresql://db/h", List.of())).singleElement()
			.asString()
			.startsWith("HEARTH_CORS_ORIGINS");
	}

	@Test
	void shouldRequireAKeyFileInsteadOfASecretWithRs256() {
		var application = new SpringApplicationBuilder(HearthApplication.class).web(WebApplicationType.NONE);
		assertThatThrownBy(() -> application.run("--hearth.profile=prod", "--hearth.db.url=jdbc:postgresql://db/h",
				"--hearth.cors.origins=https://a.example", "--hearth.identity.keys.algorithm=RS256"))
			.isInstanceOf(ProductionGuard.InsecureConfigurationException.class)
			.hasMessageContaining("HEARTH_JWT_PRIVATE_KEY_FILE")
			.hasMessageNotContaining("HEARTH_JWT_SECRET");
	}

	@Test
	void shouldRefuseTheDemoModelProviderInProd() {
		String[] secure = { "--hearth.profile=prod", "--hearth.db.url=jdbc:postgresql://db/h",
				"--hearth.cors.origins=https://a.example",
				"--hearth.identity.jwt.secret=a-production-secret-of-at-least-32-bytes-0123" };
		assertThatThrownBy(() -> prodApplication().run(concat(secure, "--hearth.ai.provider=demo")))
			.isInstanceOf(ProductionGuard.InsecureConfigurationException.class)
			.hasMessageContaining("HEARTH_AI_PROVIDER=demo is refused");
		// unset with no key would mean demo: prod asks for a key, or none
		assertThatThrownBy(() -> prodApplication().run(concat(secure, "--hearth.ai.provider=", "--hearth.ai.api-key=")))
			.isInstanceOf(ProductionGuard.InsecureConfigurationException.class)
			.hasMessageContaining("HEARTH_AI_API_KEY must be set");
		assertThatThrownBy(
				() -> prodApplication().run(concat(secure, "--hearth.ai.provider=anthropic", "--hearth.ai.api-key=")))
			.isInstanceOf(ProductionGuard.InsecureConfigurationException.class)
			.hasMessageContaining("HEARTH_AI_API_KEY must be set when HEARTH_AI_PROVIDER=anthropic");
	}

	private static SpringApplicationBuilder prodApplication() {
		return new SpringApplicationBuilder(HearthApplication.class).web(WebApplicationType.NONE);
	}

	private static String[] concat(String[] first, String... more) {
		return java.util.stream.Stream.concat(java.util.Arrays.stream(first), java.util.Arrays.stream(more))
			.toArray(String[]::new);
	}

	@Test
	void shouldRefuseToStartProdWithDefaultsBeforeConnectingAnywhere() {
		var application = new SpringApplicationBuilder(HearthApplication.class).web(WebApplicationType.NONE);
		assertThatThrownBy(() -> application.run("--hearth.profile=prod", "--hearth.identity.jwt.secret=",
				"--hearth.db.url=", "--hearth.cors.origins=*"))
			.isInstanceOf(ProductionGuard.InsecureConfigurationException.class)
			.hasMessageContaining("HEARTH_DB_URL")
			.hasMessageContaining("HEARTH_JWT_SECRET")
			.hasMessageContaining("HEARTH_CORS_ORIGINS");
	}

}
