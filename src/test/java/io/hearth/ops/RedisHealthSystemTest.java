package io.hearth.ops;

import io.hearth.support.Api;
import io.hearth.support.Api.Reply;
import io.hearth.support.TestRedis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** With HEARTH_REDIS_URL set, Redis is a health component of its own. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(TestRedis.Available.class)
class RedisHealthSystemTest {

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void redis(DynamicPropertyRegistry registry) {
		registry.add("hearth.redis.url", TestRedis::url);
	}

	@Test
	void shouldReportRedisAsAComponentWhenConfigured() {
		Reply reply = new Api(this.port).get("/api/v1/health/full");
		assertThat(reply.json().at("/data/components/redis/status").asString()).as(reply.toString()).isEqualTo("ok");
		assertThat(reply.json().at("/data/status").asString()).isEqualTo("ok");
	}

}
