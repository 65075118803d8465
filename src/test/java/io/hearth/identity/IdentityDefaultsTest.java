package io.hearth.identity;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The shipped defaults (application.yml without the test profile) are the secure ones.
 */
class IdentityDefaultsTest {

	@Test
	void shouldDefaultToBcryptTwelveFifteenMinuteTokensAndATenSecondGrace() throws Exception {
		StandardEnvironment environment = new StandardEnvironment();
		new YamlPropertySourceLoader().load("application", new ClassPathResource("application.yml"))
			.forEach(environment.getPropertySources()::addLast);
		IdentityProperties defaults = Binder.get(environment).bind("hearth.identity", IdentityProperties.class).get();
		assertThat(defaults.bcryptCost()).isEqualTo(12);
		assertThat(defaults.accessTokenTtl()).isEqualTo(Duration.ofMinutes(15));
		assertThat(defaults.refreshTokenTtl()).isEqualTo(Duration.ofDays(30));
		assertThat(defaults.refreshGrace()).isEqualTo(Duration.ofSeconds(10));
		assertThat(defaults.maxFailedLogins()).isEqualTo(5);
		assertThat(defaults.lockout()).isEqualTo(Duration.ofMinutes(15));
		assertThat(new IdentityConfiguration().passwordEncoder(defaults).encode("Some-password-1"))
			.startsWith("{bcrypt}$2a$12$");
	}

	@Test
	void shouldRefuseAGraceWindowOverThirtySeconds() {
		assertThatThrownBy(() -> new IdentityProperties("open", Duration.ofMinutes(15), Duration.ofDays(30),
				Duration.ofSeconds(31), 12, 5, Duration.ofMinutes(15), "http://x",
				new IdentityProperties.Jwt(null, "hearth"), new IdentityProperties.Keys("HS256", null, List.of()),
				new IdentityProperties.Bootstrap(null, null, null)))
			.hasMessageContaining("HEARTH_REFRESH_GRACE");
	}

}
