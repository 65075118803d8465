package io.hearth.platform;

import org.jspecify.annotations.Nullable;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * An insert that a unique key makes happen once: true when this call inserted the row,
 * false when the key was already there, without ending the caller's transaction. On
 * PostgreSQL a failed statement would abort the whole transaction, so it says
 * {@code ON CONFLICT DO NOTHING}; H2 and MariaDB roll back only the statement, so the
 * duplicate is caught (MariaDB's {@code INSERT IGNORE} would also swallow truncations).
 */
@Component
public class InsertOnce {

	private final JdbcTemplate jdbc;

	/** Found on first use: the application must start while its database is down. */
	private volatile @Nullable Boolean postgres;

	InsertOnce(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param sql {@code INSERT INTO … VALUES (…)} with {@code ?} parameters
	 */
	public boolean insert(String sql, Object... args) {
		Boolean onPostgres = this.postgres;
		if (onPostgres == null) {
			// through the template: a database that is down is a DataAccessException
			// (503)
			String product = this.jdbc.execute(
					(org.springframework.jdbc.core.ConnectionCallback<String>) (connection) -> connection.getMetaData()
						.getDatabaseProductName());
			onPostgres = product != null && product.toLowerCase(java.util.Locale.ROOT).contains("postgres");
			this.postgres = onPostgres;
		}
		if (onPostgres) {
			return this.jdbc.update(sql + " ON CONFLICT DO NOTHING", args) == 1;
		}
		try {
			return this.jdbc.update(sql, args) == 1;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

}
