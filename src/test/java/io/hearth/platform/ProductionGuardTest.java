package io.hearth.platform;

import java.util.List;

import io.hearth.HearthApplication;
import org.junit.jupiter.api.Test;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProductionGuardTest {

	private static final String SECRET = "0123456789abcdef0123456789abcdef-long-enough";

	@Test
	void shouldAcceptASecureProductionConfiguration() {
		assertThat(ProductionGuard.check("jdbc:postgresql://db/hearth", SECRET, List.of("https://app.example.com")))
			.isEmpty();
	}

	@Test
	void shouldNameTheVariableOfEachInsecureSetting() {
		assertThat(ProductionGuard.check("", SECRET, List.of("https://a.example"))).singleElement()
			.asString()
			.startsWith("HEARTH_DB_URL");
		assertThat(ProductionGuard.check("jdbc:h2:mem:x", SECRET, List.of("https://a.example"))).singleElement()
			.asString()
			.startsWith("HEARTH_DB_URL");
		assertThat(ProductionGuard.check("jdbc:postgresql://db/h", "short", List.of("https://a.example")))
			.singleElement()
			.asString()
			.startsWith("HEARTH_JWT_SECRET");
		assertThat(ProductionGuard.check("jdbc:postgresql://db/h", SECRET, List.of("*"))).singleElement()
			.asString()
			.startsWith("HEARTH_CORS_ORIGINS");
		assertThat(ProductionGuard.check("jdbc:postgresql://db/h", SECRET, List.of())).singleElement()
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
		assertThatThrownBy(() -> application.run("--hearth.profile=prod", "--hearth.jwt.secret=", "--hearth.db.url=",
				"--hearth.cors.origins=*"))
			.isInstanceOf(ProductionGuard.InsecureConfigurationException.class)
			.hasMessageContaining("HEARTH_DB_URL")
			.hasMessageContaining("HEARTH_JWT_SECRET")
			.hasMessageContaining("HEARTH_CORS_ORIGINS");
	}

}
