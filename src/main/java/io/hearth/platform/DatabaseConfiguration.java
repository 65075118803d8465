package io.hearth.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Lets one set of Flyway migrations run unchanged on H2, PostgreSQL and MariaDB: the few
 * column types that differ between them are placeholders ({@code ${uuid}},
 * {@code ${timestamp}}, {@code ${text}}, {@code ${blob}}), filled per vendor. Where whole
 * statements must differ, a vendor folder under {@code db/migration/} holds them. Public
 * for the database commands' own small context (ops).
 */
@Configuration(proxyBeanMethods = false)
public class DatabaseConfiguration {

	static final Map<String, Map<String, String>> TYPES = Map.of(//
			"postgresql",
			Map.of("uuid", "UUID", "timestamp", "TIMESTAMP(6) WITH TIME ZONE", "text", "TEXT", "blob", "BYTEA", "term",
					"VARCHAR(40) COLLATE \"C\""),
			"mariadb",
			Map.of("uuid", "UUID", "timestamp", "DATETIME(6)", "text", "MEDIUMTEXT", "blob", "LONGBLOB", "term",
					"VARCHAR(40) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin"),
			"mysql",
			Map.of("uuid", "BINARY(16)", "timestamp", "DATETIME(6)", "text", "MEDIUMTEXT", "blob", "LONGBLOB", "term",
					"VARCHAR(40) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin"),
			// search terms compare by code point everywhere, so a prefix range is the
			// same range
			"h2", Map.of("uuid", "UUID", "timestamp", "TIMESTAMP(6) WITH TIME ZONE", "text", "CHARACTER VARYING",
					"blob", "VARBINARY(16777216)", "term", "VARCHAR(40)"));

	/**
	 * PostgreSQL: plan every statement with its actual values. After five runs the JDBC
	 * driver keeps a server-side prepared statement, and PostgreSQL may switch to a
	 * generic plan that ignores how selective a value is; on a million-row collection
	 * that turned a 0.6 ms field filter into a 1.1 s one (measured with EXPLAIN ANALYZE
	 * EXECUTE).
	 */
	@Bean
	static BeanPostProcessor postgresCustomPlans() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof HikariDataSource hikari && hikari.getJdbcUrl() != null
						&& hikari.getJdbcUrl().startsWith("jdbc:postgresql:")
						&& hikari.getConnectionInitSql() == null) {
					hikari.setConnectionInitSql("SET plan_cache_mode = force_custom_plan");
				}
				return bean;
			}
		};
	}

	@Bean
	FlywayConfigurationCustomizer vendorColumnTypes() {
		return (configuration) -> configuration.placeholders(TYPES.get(vendor(configuration.getDataSource())));
	}

	static String vendor(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
			if (product.contains("postgres")) {
				return "postgresql";
			}
			if (product.contains("mariadb")
					|| connection.getMetaData().getDatabaseProductVersion().contains("MariaDB")) {
				return "mariadb";
			}
			if (product.contains("mysql")) {
				return "mysql";
			}
			if (product.contains("h2")) {
				return "h2";
			}
			throw new IllegalStateException(
					"Unsupported database: " + product + " (use PostgreSQL, MariaDB/MySQL or H2)");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot connect to the database to migrate it: " + ex.getMessage(), ex);
		}
	}

}
