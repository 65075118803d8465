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
