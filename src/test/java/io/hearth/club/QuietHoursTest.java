package io.hearth.club;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When a send may go: outside the member's quiet hours, or at their end, in their zone.
 */
class QuietHoursTest {

	static final ZoneId ROME = ZoneId.of("Europe/Rome");

	@Test
	void aWindowAcrossMidnightDefersLateAndEarlySendsToItsEndInTheMembersZone() {
		ClubMember member = member("23:00", "08:00", "America/New_York");
		ZoneId york = ZoneId.of("America/New_York");
		Instant late = ZonedDateTime.of(2026, 12, 1, 23, 30, 0, 0, york).toInstant();
		Instant early = ZonedDateTime.of(2026, 12, 2, 7, 59, 0, 0, york).toInstant();
		Instant morning = ZonedDateTime.of(2026, 12, 2, 8, 0, 0, 0, york).toInstant();
		Instant evening = ZonedDateTime.of(2026, 12, 1, 22, 59, 0, 0, york).toInstant();
		assertThat(member.sendable(late, ROME)).isEqualTo(morning);
		assertThat(member.sendable(early, ROME)).isEqualTo(morning);
		assertThat(member.sendable(morning, ROME)).isEqualTo(morning);
		assertThat(member.sendable(evening, ROME)).isEqualTo(evening);
	}

	@Test
	void aWindowWithinOneDayAndNoWindowAtAll() {
		ClubMember member = member("13:00", "15:00", null);
		Instant lunch = ZonedDateTime.of(2026, 7, 1, 14, 0, 0, 0, ROME).toInstant();
		assertThat(member.sendable(lunch, ROME)).isEqualTo(ZonedDateTime.of(2026, 7, 1, 15, 0, 0, 0, ROME).toInstant());
		Instant before = ZonedDateTime.of(2026, 7, 1, 12, 0, 0, 0, ROME).toInstant();
		assertThat(member.sendable(before, ROME)).isEqualTo(before);
		assertThat(ClubMember.defaults(UUID.randomUUID(), Instant.now()).sendable(lunch, ROME)).isEqualTo(lunch);
	}

	@Test
	void theEndOfAWindowOnADaylightSavingNightIsStillItsLocalEnd() {
		// Europe/Rome leaves summer time on 25 October 2026 at 03:00
		ClubMember member = member("01:00", "04:00", "Europe/Rome");
		Instant inGap = ZonedDateTime.of(2026, 10, 25, 2, 30, 0, 0, ROME).toInstant();
		assertThat(member.sendable(inGap, ROME))
			.isEqualTo(ZonedDateTime.of(2026, 10, 25, 4, 0, 0, 0, ROME).toInstant());
	}

	private static ClubMember member(String from, String until, String zone) {
		ClubMember member = ClubMember.defaults(UUID.randomUUID(), Instant.now());
		member.change(
				new MemberRequests.Preferences(null, null, null, null, null, null, zone,
						new MemberRequests.QuietHours(from, until), null),
				null, (zone != null) ? ZoneId.of(zone) : null, Instant.now());
		return member;
	}

}
