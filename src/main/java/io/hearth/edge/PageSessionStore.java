package io.hearth.edge;

import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.MySqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Page sessions in the database: on PostgreSQL and MariaDB/MySQL a session attribute is
 * written as an upsert, so two first requests of one browser adding the same attribute at
 * once do not collide on its primary key. Chosen from the JDBC URL (the application
 * starts while the database is down).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(JdbcIndexedSessionRepository.class)
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

}
