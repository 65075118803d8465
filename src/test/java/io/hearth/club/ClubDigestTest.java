package io.hearth.club;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When a member's digest week has begun: Monday 09:00 in their own zone, for a day,
 * across daylight-saving changes and the turn of an ISO year.
 */
class ClubDigestTest {

	static final ZoneId ROME = ZoneId.of("Europe/Rome");

	final ClubDigest digest = new ClubDigest(null, null, null, null, new ClubProperties(List.of("en", "it"), ROME,
			"http://localhost", null, Duration.ofSeconds(30), Duration.ofMinutes(10), Duration.ofDays(180)), null);

	final ClubMember member = ClubMember.defaults(UUID.randomUUID(), Instant.EPOCH);

	@Test
	void theWeekBeginsAtNineOnMondayInTheMembersZoneAndLastsADay() {
		assertThat(week("2026-11-30T09:00")).isEqualTo("2026-W49");
		assertThat(week("2026-11-30T08:59")).isNull();
		assertThat(week("2026-12-01T08:59")).isEqualTo("2026-W49");
		assertThat(week("2026-12-01T09:00")).isNull();
		assertThat(week("2026-12-06T20:00")).isNull();
	}

	@Test
	void daylightSavingAndTheIsoYearDoNotMoveIt() {
		// the Monday after clocks go forward, and after they go back
		assertThat(week("2027-03-29T09:30")).isEqualTo("2027-W13");
		assertThat(week("2027-11-01T09:30")).isEqualTo("2027-W44");
		// 31 December 2029 is a Monday of the ISO year 2030
		assertThat(week("2029-12-31T09:30")).isEqualTo("2030-W01");
	}

	private String week(String romeLocal) {
		return this.digest.weekBegun(LocalDateTime.parse(romeLocal).atZone(ROME).toInstant(), this.member);
	}

}
