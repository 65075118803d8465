package io.hearth.identity;

import java.time.Duration;
import java.time.Instant;

import io.hearth.support.ApiSystemTest;
import io.hearth.support.TestAccounts.Account;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

class IdentityHousekeepingSystemTest extends ApiSystemTest {

	@Autowired
	IdentityHousekeeping housekeeping;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void shouldForgetEndedSessionsAndExpiredDenialsButKeepLiveOnes() {
		Account gone = this.accounts.create("user");
		this.api.as(gone).post("/api/v1/auth/logout", null);
		Account live = this.accounts.create("user");
		int before = count("sessions WHERE user_id = '" + gone.id() + "'");
		assertThat(before).isEqualTo(1);

		this.housekeeping.purge(Instant.now());
		assertThat(count("sessions WHERE user_id = '" + gone.id() + "'")).as("ended just now: kept a month")
			.isEqualTo(1);

		IdentityHousekeeping.Result later = this.housekeeping.purge(Instant.now().plus(Duration.ofDays(31)));
		assertThat(later.sessions()).isGreaterThanOrEqualTo(1);
		assertThat(later.deniedTokens()).isGreaterThanOrEqualTo(1);
		assertThat(count("sessions WHERE user_id = '" + gone.id() + "'")).isZero();
		assertThat(count("sessions WHERE user_id = '" + live.id() + "'")).as("a session still valid is kept")
			.isEqualTo(1);
		assertThat(this.api.as(live).get("/api/v1/auth/me").status()).isEqualTo(200);
	}

	private int count(String from) {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM " + from, Integer.class);
	}

}
