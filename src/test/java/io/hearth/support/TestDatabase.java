package io.hearth.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

import org.flywaydb.core.Flyway;
import org.jspecify.annotations.Nullable;

/**
 * The database this test JVM runs against, chosen by the {@code hearth.test.database}
 * system property (the Maven executions set it): H2 in memory by default; PostgreSQL or
 * MariaDB at {@code HEARTH_TEST_POSTGRES_URL} / {@code HEARTH_TEST_MARIADB_URL}, or, when
 * those are not set, at the local server's default address if it answers. The schema is
 * wiped once per JVM so every run starts from the migrations.
 */
public enum TestDatabase {

	H2("jdbc:h2:mem:hearth;DB_CLOSE_DELAY=-1", null, null),

	POSTGRESQL("jdbc:postgresql://127.0.0.1:5432/hearth_test?user=postgres", "HEARTH_TEST_POSTGRES_URL",
			"jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres"),

	MARIADB("jdbc:mariadb://127.0.0.1:3306/hearth_test?user=root", "HEARTH_TEST_MARIADB_URL",
			"jdbc:mariadb://127.0.0.1:3306/?user=root");

	private final String localUrl;

	private final @Nullable String variable;

	private final @Nullable String adminUrl;

	private @Nullable String unavailable;

	private boolean prepared;

	TestDatabase(String localUrl, @Nullable String variable, @Nullable String adminUrl) {
		this.localUrl = localUrl;
		this.variable = variable;
		this.adminUrl = adminUrl;
	}

	public static TestDatabase selected() {
		return valueOf(System.getProperty("hearth.test.database", "h2").toUpperCase(Locale.ROOT));
	}

	public static boolean required() {
		return "1".equals(System.getenv("HEARTH_TEST_REQUIRE_ALL"));
	}

	public String url() {
		String configured = (this.variable != null) ? System.getenv(this.variable) : null;
		return (configured != null && !configured.isBlank()) ? configured : this.localUrl;
	}

	private boolean configured() {
		return this.variable != null && System.getenv(this.variable) != null && !System.getenv(this.variable).isBlank();
	}

	/**
	 * Connects (creating the local test database on first use) and wipes the schema once.
	 * @return why the database cannot be used, or {@code null} when it is ready
	 */
	public synchronized @Nullable String prepare() {
		if (this == H2 || this.prepared || this.unavailable != null) {
			// in-memory H2 starts empty in every JVM
			return this.unavailable;
		}
		DriverManager.setLoginTimeout(5);
		try {
			if (!configured() && this.adminUrl != null) {
				createLocalDatabase();
			}
			try (Connection connection = DriverManager.getConnection(url())) {
				connection.isValid(5);
			}
			Flyway.configure().dataSource(url(), null, null).cleanDisabled(false).load().clean();
			this.prepared = true;
			return null;
		}
		catch (SQLException | RuntimeException ex) {
			this.unavailable = name() + " is not reachable at " + redacted(url()) + " (" + ex.getMessage() + ")";
			return this.unavailable;
		}
	}

	private void createLocalDatabase() throws SQLException {
		try (Connection admin = DriverManager.getConnection(this.adminUrl); Statement sql = admin.createStatement()) {
			if (this == POSTGRESQL) {
				var exists = sql.executeQuery("SELECT 1 FROM pg_database WHERE datname = 'hearth_test'");
				if (!exists.next()) {
					sql.execute("CREATE DATABASE hearth_test");
				}
			}
			else {
				sql.execute(
						"CREATE DATABASE IF NOT EXISTS hearth_test CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
			}
		}
	}

	static String redacted(String url) {
		return url.replaceAll("password=[^&;]*", "password=***");
	}

}
