package io.hearth.platform;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Redis exists only when {@code HEARTH_REDIS_URL} is set; without it, modules fall back
 * to single-instance in-memory equivalents. Lettuce connections are thread-safe and
 * shared.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${hearth.redis.url:}'.isBlank()")
class RedisConfiguration {

	@Bean(destroyMethod = "shutdown")
	RedisClient redisClient(HearthProperties properties) {
		return RedisClient.create(properties.redis().url());
	}

	@Bean(destroyMethod = "close")
	StatefulRedisConnection<String, String> redisConnection(RedisClient client) {
		return client.connect();
	}

}
