package io.hearth.ops;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.Statement;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.Statement;

import javax.sql.DataSource;

import io.hearth.ai.AiModel;
import io.hearth.platform.HearthProperties;
import io.lettuce.core.api.StatefulRedisConnection;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The checks behind {@code /api/v1/health/*}: each answers quickly with its own short
 * timeout and never throws, so one slow dependency cannot hang the health endpoint.
 */
@Component
class HealthChecks {

	private static final Logger log = LoggerFactory.getLogger(HealthChecks.class);

	private static final long MIN_FREE_BYTES = 100L * 1024 * 1024;

	private final JdbcTemplate jdbc;

	private final ObjectProvider<StatefulRedisConnection<String, String>> redis;

	private final Path dataDir;

	private final AiModel ai;

	HealthChecks(DataSource dataSource, ObjectProvider<StatefulRedisConnection<String, String>> redis,
			HearthProperties properties, AiModel ai) {
		this.ai = ai;
		this.jdbc = new JdbcTemplate(dataSource);
		this.redis = redis;
		this.dataDir = properties.dataDir();
	}

	Component database() {
		long start = System.nanoTime();
		try {
			Map<String, Object> info = this.jdbc.execute((Connection connection) -> {
				DatabaseMetaData meta = connection.getMetaData();
				// Flyway creates its table with a quoted lower-case name; quoting is
				// vendor-specific
				String q = meta.getIdentifierQuoteString().strip();
				String sql = "SELECT " + q + "version" + q + " FROM " + q + "flyway_schema_history" + q + " WHERE " + q
						+ "success" + q + " = TRUE ORDER BY " + q + "installed_rank" + q + " DESC LIMIT 1";
				try (Statement statement = connection.createStatement()) {
					statement.setQueryTimeout(2);
					try (ResultSet rows = statement.executeQuery(sql)) {
						String version = rows.next() ? rows.getString(1) : "none";
						return Map.of("product", meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion(),
								"schema_version", String.valueOf(version));
					}
				}
			});
			return Component.ok(elapsed(start), (info != null) ? info : Map.of());
		}
		catch (RuntimeException ex) {
			log.warn("Database health check failed: {}", ex.toString());
			return Component.down(elapsed(start), "database unreachable or not migrated");
		}
	}

	/** {@code null} when Redis is not configured. */
	@Nullable Component redis() {
		StatefulRedisConnection<String, String> connection = this.redis.getIfAvailable();
		if (connection == null) {
			return null;
		}
		long start = System.nanoTime();
		try {
			String pong = connection.async().ping().get(2, java.util.concurrent.TimeUnit.SECONDS);
			return "PONG".equals(pong) ? Component.ok(elapsed(start), Map.of())
					: Component.down(elapsed(start), "unexpected reply");
		}
		catch (Exception ex) {
			if (ex instanceof InterruptedException) {
				Thread.currentThread().interrupt();
			}
			log.warn("Redis health check failed: {}", ex.toString());
			return Component.down(elapsed(start), "redis unreachable");
		}
	}

	Component storage() {
		long start = System.nanoTime();
		try {
			Files.createDirectories(this.dataDir);
			Path probe = Files.createTempFile(this.dataDir, ".health", ".tmp");
			Files.delete(probe);
			long free = Files.getFileStore(this.dataDir).getUsableSpace();
			Map<String, Object> details = Map.of("free_bytes", free);
			return (free < MIN_FREE_BYTES) ? Component.down(elapsed(start), "less than 100 MB free")
					: Component.ok(elapsed(start), details);
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Storage health check failed: {}", ex.toString());
			return Component.down(elapsed(start), "data directory not writable");
		}
	}

	/**
	 * The AI provider as this instance last saw it (no call is made: a health check must
	 * not spend tokens). Switched off ({@code none}) is not a fault.
	 */
	Component ai() {
		AiModel.Health health = this.ai.health();
		Map<String, Object> info = new LinkedHashMap<>();
		info.put("provider", health.provider());
		info.put("model", health.model());
		info.put("state", health.status());
		if (health.lastCallAt() != null) {
			info.put("last_call_at", health.lastCallAt().toString());
			info.put("last_outcome", String.valueOf(health.lastOutcome()));
		}
		if (health.status().equals("degraded")) {
			return new Component("down", 0, "the last call to the model provider failed: " + health.lastOutcome(),
					info);
		}
		return Component.ok(Duration.ZERO, info);
	}

	private static Duration elapsed(long start) {
		return Duration.ofNanos(System.nanoTime() - start);
	}

	/** One dependency's state as reported. */
	record Component(String status, double latencyMs, @Nullable String detail, Map<String, Object> info) {

		static Component ok(Duration latency, Map<String, ?> info) {
			return new Component("ok", millis(latency), null, new LinkedHashMap<>(info));
		}

		static Component down(Duration latency, String detail) {
			return new Component("down", millis(latency), detail, Map.of());
		}

		boolean up() {
			return "ok".equals(this.status);
		}

		private static double millis(Duration latency) {
			return Math.round(latency.toNanos() / 10_000.0) / 100.0;
		}

	}

}
