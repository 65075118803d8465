package io.hearth.ops;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import io.hearth.platform.ApiException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.availability.ApplicationAvailabilityBean;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.info.BuildProperties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code /api/v1/health} follows Boot's readiness, which turns to accepting traffic only
 * once every start-up runner (the bootstrap admin among them) has finished.
 */
class HealthReadinessTest {

	@Test
	void shouldAnswer503UntilStartUpWorkHasFinished() {
		ApplicationAvailabilityBean availability = new ApplicationAvailabilityBean();
		HealthController health = new HealthController(null,
				Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC),
				new StaticListableBeanFactory().getBeanProvider(BuildProperties.class), availability);
		assertThatThrownBy(health::health).isInstanceOfSatisfying(ApiException.class,
				(ex) -> assertThat(ex.status().value()).isEqualTo(503));
		availability.onApplicationEvent(new AvailabilityChangeEvent<>(this, ReadinessState.ACCEPTING_TRAFFIC));
		assertThat(health.health().data().status()).isEqualTo("ok");
	}

}
