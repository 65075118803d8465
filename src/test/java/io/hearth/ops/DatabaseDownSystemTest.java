package io.hearth.ops;

import io.hearth.support.Api;
import io.hearth.support.Api.Reply;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static io.hearth.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application running while its database cannot be reached (a PostgreSQL address
 * nothing listens on): health says so, and data requests get 503 in the error body, never
 * a 500.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:postgresql://127.0.0.1:1/hearth", "spring.flyway.enabled=false",
				"spring.datasource.hikari.connection-timeout=500",
				"spring.datasource.hikari.initialization-fail-timeout=-1",
				"spring.jpa.database-platform=org.hibernate.dialect.PostgreSQLDialect",
				"spring.jpa.properties.hibernate.boot.allow_jdbc_metadata_access=false",
				"hearth.identity.bootstrap-admin.username=" })
@ActiveProfiles("test")
class DatabaseDownSystemTest {

	@LocalServerPort
	int port;

	@Test
	void shouldAnswer503WhenTheDatabaseIsDown() {
		Api api = new Api(this.port);
		assertProblem(api.get("/api/v1/health/db"), 503, "UNAVAILABLE");
		assertProblem(api.get("/api/v1/notices"), 503, "UNAVAILABLE");
		Reply full = api.get("/api/v1/health/full");
		assertThat(full.status()).isEqualTo(200);
		assertThat(full.json().at("/data/status").asString()).isEqualTo("degraded");
		assertThat(full.json().at("/data/components/database/status").asString()).isEqualTo("down");
		assertThat(api.get("/api/v1/health").status()).isEqualTo(200);
	}

}
