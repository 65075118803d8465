package io.hearth.edge;

import java.net.ConnectException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import org.jspecify.annotations.Nullable;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells "the database cannot be reached" (a 503) apart from every other failure (a 500).
 */
final class DatabaseFailures {

	private DatabaseFailures() {
	}

	static boolean isUnavailable(@Nullable Throwable failure) {
		for (Throwable t = failure; t != null; t = (t.getCause() == t) ? null : t.getCause()) {
			if (t instanceof CannotCreateTransactionException || t instanceof CannotGetJdbcConnectionException
					|| t instanceof DataAccessResourceFailureException || t instanceof SQLTransientConnectionException
					|| t instanceof SQLNonTransientConnectionException || t instanceof ConnectException
					|| t instanceof org.hibernate.exception.JDBCConnectionException) {
				return true;
			}
		}
		return false;
	}

}
