package io.hearth.edge;

import java.time.Duration;

import io.hearth.platform.HearthProperties;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.data.redis.RedisSessionRepository;
import org.springframework.session.data.redis.config.annotation.web.http.EnableRedisHttpSession;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.MySqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Where page sessions live. In the database by default: on PostgreSQL and MariaDB/MySQL a
 * session attribute is written as an upsert, so two first requests of one browser adding
 * the same attribute at once do not collide on its primary key (chosen from the JDBC URL:
 * the application starts while the database is down). In Redis when
 * {@code HEARTH_REDIS_URL} is set ({@link InRedis}), so the sessions of busy sites do not
 * load the database.
 */
@Configuration(proxyBeanMethods = false)
class PageSessionStore {

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> upsertingSessionAttributes(Environment environment) {
		String url = environment.getProperty("spring.datasource.url", "jdbc:h2:");
		if (url.startsWith("jdbc:postgresql:")) {
			return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
		}
		if (url.startsWith("jdbc:mariadb:") || url.startsWith("jdbc:mysql:")) {
			return new MySqlJdbcIndexedSessionRepositoryCustomizer();
		}
		// H2: the default insert (tests and single-instance dev)
		return (repository) -> {
		};
	}

	/**
	 * Page sessions in Redis: Boot's JDBC store backs off when a session repository is
	 * defined, and the cookie, filter order and dispatcher types stay Boot's. The
	 * connection is Spring Data's own (its serialisers); the session times out as the
	 * JDBC one does ({@code HEARTH_PAGE_SESSION_TIMEOUT}).
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnExpression("!'${hearth.redis.url:}'.isBlank()")
	@EnableRedisHttpSession(redisNamespace = "hearth:session")
	static class InRedis {

		@Bean
		LettuceConnectionFactory pageSessionConnections(HearthProperties properties) {
			return new LettuceConnectionFactory(
					LettuceConnectionFactory.createRedisConfiguration(properties.redis().url()));
		}

		@Bean
		SessionRepositoryCustomizer<RedisSessionRepository> pageSessionTimeout(Environment environment) {
			Duration timeout = Binder.get(environment)
				.bind("spring.session.timeout", Duration.class)
				.orElse(Duration.ofDays(7));
			return (repository) -> repository.setDefaultMaxInactiveInterval(timeout);
		}

	}

}
