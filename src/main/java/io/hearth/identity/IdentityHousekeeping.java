package io.hearth.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import io.hearth.jobs.RecurringJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hourly: forgets denied access tokens that have expired anyway, single-use tokens a day
 * after they were used or expired, and sessions (with their refresh tokens) a month after
 * they ended.
 */
@Component
class IdentityHousekeeping implements RecurringJob {

	private static final Logger log = LoggerFactory.getLogger(IdentityHousekeeping.class);

	private final JdbcTemplate jdbc;

	private final Clock clock;

	IdentityHousekeeping(javax.sql.DataSource dataSource, Clock clock) {
		this.jdbc = new JdbcTemplate(dataSource);
		this.clock = clock;
	}

	@Override
	public String name() {
		return "identity.housekeeping";
	}

	@Override
	public Duration interval() {
		return Duration.ofHours(1);
	}

	@Override
	public void run() {
		Result result = purge(this.clock.instant());
		if (result.total() > 0) {
			log.info("Identity housekeeping removed {}", result);
		}
	}

	@Transactional
	Result purge(Instant now) {
		java.sql.Timestamp day = java.sql.Timestamp.from(now.minus(Duration.ofDays(1)));
		java.sql.Timestamp month = java.sql.Timestamp.from(now.minus(Duration.ofDays(30)));
		int denied = this.jdbc.update("DELETE FROM denied_tokens WHERE expires_at < ?", java.sql.Timestamp.from(now));
		int oneTime = this.jdbc.update("DELETE FROM one_time_tokens WHERE expires_at < ? OR used_at < ?", day, day);
		int sessions = this.jdbc.update("DELETE FROM sessions WHERE expires_at < ? OR revoked_at < ?", month, month);
		return new Result(denied, oneTime, sessions);
	}

	record Result(int deniedTokens, int oneTimeTokens, int sessions) {

		int total() {
			return this.deniedTokens + this.oneTimeTokens + this.sessions;
		}

	}

}
