package io.hearth.identity;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

class IdentityProductionCheckTest {

	private final IdentityProductionCheck check = new IdentityProductionCheck();

	@Test
	void shouldAcceptALongSecret() {
		assertThat(problems(Map.of("hearth.identity.jwt.secret", "0123456789abcdef0123456789abcdef-long-enough")))
			.isEmpty();
	}

	@Test
	void shouldRefuseAMissingOrShortSecretNamingTheVariable() {
		assertThat(problems(Map.of())).singleElement().asString().startsWith("HEARTH_JWT_SECRET");
		assertThat(problems(Map.of("hearth.identity.jwt.secret", "short"))).singleElement()
			.asString()
			.startsWith("HEARTH_JWT_SECRET");
	}

	@Test
	void shouldAskForAKeyFileInsteadOfASecretWithRs256() {
		assertThat(problems(Map.of("hearth.identity.keys.algorithm", "RS256"))).singleElement()
			.asString()
			.startsWith("HEARTH_JWT_PRIVATE_KEY_FILE");
		assertThat(problems(Map.of("hearth.identity.keys.algorithm", "RS256", "hearth.identity.keys.private-key-file",
				"/etc/hearth/key.pem")))
			.isEmpty();
	}

	private java.util.List<String> problems(Map<String, String> settings) {
		return this.check.problems(new Binder(new MapConfigurationPropertySource(settings)));
	}

}
