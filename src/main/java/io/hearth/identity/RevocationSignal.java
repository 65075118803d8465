package io.hearth.identity;

import java.util.concurrent.ConcurrentHashMap;

import io.lettuce.core.api.StatefulRedisConnection;

/**
 * A per-user counter that moves whenever something that affects the user's tokens changes
 * (logout, session revocation, disabling, deletion, role or profile change). A cached
 * token check remembers the counter it was made at; a moved counter means "check the
 * database again". With Redis every instance reads the same counter, so a revocation on
 * one instance holds on the very next request to any other; without Redis the counter is
 * local (a single instance).
 */
interface RevocationSignal {

	long current(String userId);

	void bump(String userId);

	final class Local implements RevocationSignal {

		private final ConcurrentHashMap<String, Long> counters = new ConcurrentHashMap<>();

		@Override
		public long current(String userId) {
			return this.counters.getOrDefault(userId, 0L);
		}

		@Override
		public void bump(String userId) {
			this.counters.merge(userId, 1L, Long::sum);
		}

	}

	final class Redis implements RevocationSignal {

		private static final long KEEP_SECONDS = 60L * 60 * 24 * 31;

		private final StatefulRedisConnection<String, String> connection;

		Redis(StatefulRedisConnection<String, String> connection) {
			this.connection = connection;
		}

		@Override
		public long current(String userId) {
			String value = this.connection.sync().get(key(userId));
			return (value != null) ? Long.parseLong(value) : 0L;
		}

		@Override
		public void bump(String userId) {
			var commands = this.connection.sync();
			commands.incr(key(userId));
			// outlives every refresh token, then disappears with the user's activity
			commands.expire(key(userId), KEEP_SECONDS);
		}

		private static String key(String userId) {
			return "hearth:auth:v:" + userId;
		}

	}

}
