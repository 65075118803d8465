package io.hearth.platform;

import java.time.Clock;

import io.lettuce.core.api.StatefulRedisConnection;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.type.LogicalType;

import org.springframework.beans.factory.ObjectProvider;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Beans every module may use in any kind of context (server or command line). */
@Configuration(proxyBeanMethods = false)
@org.springframework.resilience.annotation.EnableResilientMethods
class PlatformConfiguration {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	/** Shared through Redis when it is configured, in memory otherwise. */
	@Bean
	ChangeCounters changeCounters(ObjectProvider<StatefulRedisConnection<String, String>> redis) {
		StatefulRedisConnection<String, String> connection = redis.getIfAvailable();
		return (connection != null) ? new ChangeCounters.Redis(connection) : new ChangeCounters.Local();
	}

	/**
	 * Strict binding: a JSON string never becomes a number or boolean, nor a number or
	 * boolean a string ({@code "5"} for an int field is a 422, not 5).
	 */
	@Bean
	org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer strictScalars() {
		return (builder) -> builder
			.withCoercionConfig(LogicalType.Textual,
					(textual) -> textual.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
			.withCoercionConfig(LogicalType.Integer,
					(integer) -> integer.setCoercion(CoercionInputShape.String, CoercionAction.Fail))
			.withCoercionConfig(LogicalType.Float,
					(decimal) -> decimal.setCoercion(CoercionInputShape.String, CoercionAction.Fail))
			.withCoercionConfig(LogicalType.Boolean,
					(bool) -> bool.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail));
	}

}
