package io.hearth.ops;

import io.hearth.support.Api.Reply;
import io.hearth.support.ApiSystemTest;
import io.hearth.support.TestDatabase;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class HealthSystemTest extends ApiSystemTest {

	@Test
	void shouldReportTheProcessUpWithVersionAndUtcTimestamp() {
		Reply reply = this.api.get("/api/v1/health");
		assertThat(reply.status()).isEqualTo(200);
		JsonNode data = reply.json().get("data");
		assertThat(data.get("status").asString()).isEqualTo("ok");
		assertThat(data.get("version").asString()).isNotBlank();
		assertThat(data.get("timestamp").asString()).endsWith("Z");
	}

	@Test
	void shouldReportTheDatabaseAndItsSchemaVersion() {
		Reply reply = this.api.get("/api/v1/health/db");
		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
		JsonNode data = reply.json().get("data");
		assertThat(data.get("status").asString()).isEqualTo("ok");
		assertThat(data.get("schema_version").asString()).isNotEqualTo("none");
		String expected = switch (TestDatabase.selected()) {
			case H2 -> "H2";
			case POSTGRESQL -> "PostgreSQL";
			case MARIADB -> "MariaDB";
		};
		assertThat(data.get("product").asString()).as("the database this run targets").contains(expected);
	}

	@Test
	void shouldReportEveryComponentOk() {
		Reply reply = this.api.get("/api/v1/health/full");
		assertThat(reply.status()).isEqualTo(200);
		JsonNode data = reply.json().get("data");
		assertThat(data.get("status").asString()).as(reply.toString()).isEqualTo("ok");
		assertThat(data.at("/components/database/status").asString()).isEqualTo("ok");
		assertThat(data.at("/components/storage/status").asString()).isEqualTo("ok");
		assertThat(data.at("/components/redis").isMissingNode()).as("redis is not configured here").isTrue();
	}

	@Test
	void shouldExposeProbesAndPrometheusMetrics() {
		assertThat(this.api.get("/actuator/health/liveness").body()).contains("UP");
		assertThat(this.api.get("/actuator/health/readiness").body()).contains("UP");
		Reply metrics = this.api.get("/actuator/prometheus");
		assertThat(metrics.status()).isEqualTo(200);
		assertThat(metrics.body()).contains("jvm_memory_used_bytes");
	}

}
