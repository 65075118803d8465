package io.hearth.platform;

import java.util.concurrent.ConcurrentHashMap;

import io.lettuce.core.api.StatefulRedisConnection;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Counters that move whenever something cached elsewhere goes stale: a cache entry
 * remembers the counter it was made at, and a moved counter means "read the database
 * again". Read the counter <em>before</em> loading what you cache and bump it
 * <em>after</em> the change commits; then no interleaving of readers and writers leaves a
 * stale entry that looks fresh. With Redis every instance reads the same counters, so a
 * change on one instance is seen on the very next request to any other; without Redis
 * they are local (a single instance).
 */
public interface ChangeCounters {

	long current(String key);

	void bump(String key);

	/** Bumps once the current transaction commits, or at once outside one. */
	default void bumpAfterCommit(String key) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					bump(key);
				}
			});
		}
		else {
			bump(key);
		}
	}

	final class Local implements ChangeCounters {

		private final ConcurrentHashMap<String, Long> counters = new ConcurrentHashMap<>();

		@Override
		public long current(String key) {
			return this.counters.getOrDefault(key, 0L);
		}

		@Override
		public void bump(String key) {
			this.counters.merge(key, 1L, Long::sum);
		}

	}

	final class Redis implements ChangeCounters {

		/**
		 * Outlives every cache that depends on a counter, then disappears with
		 * inactivity.
		 */
		private static final long KEEP_SECONDS = 60L * 60 * 24 * 31;

		private final StatefulRedisConnection<String, String> connection;

		Redis(StatefulRedisConnection<String, String> connection) {
			this.connection = connection;
		}

		@Override
		public long current(String key) {
			String value = this.connection.sync().get("hearth:" + key);
			return (value != null) ? Long.parseLong(value) : 0L;
		}

		@Override
		public void bump(String key) {
			var commands = this.connection.sync();
			commands.incr("hearth:" + key);
			commands.expire("hearth:" + key, KEEP_SECONDS);
		}

	}

}
