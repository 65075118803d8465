package io.hearth.platform;

import javax.sql.DataSource;

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

	private final boolean postgres;

	InsertOnce(JdbcTemplate jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.postgres = DatabaseConfiguration.vendor(dataSource).equals("postgresql");
	}

	/**
	 * @param sql {@code INSERT INTO … VALUES (…)} with {@code ?} parameters
	 */
	public boolean insert(String sql, Object... args) {
		if (this.postgres) {
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
