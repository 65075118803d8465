package io.hearth.club;

import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.hearth.support.Api.Reply;
import io.hearth.support.ApiSystemTest;
import io.hearth.support.TestAccounts.Account;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static io.hearth.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Series over HTTP: a weekly night at 22:00 in Rome made as real events across both
 * daylight-saving changes (the test profile's horizon is 400 days, so both fall in it),
 * published with its series, an occurrence edited alone keeping its edit when the series
 * changes, a new rule cancelling the nights it no longer makes, and refused rules storing
 * nothing.
 */
class SeriesSystemTest extends ApiSystemTest {

	static final ZoneId ROME = ZoneId.of("Europe/Rome");

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SeriesPlanning planning;

	Account staff;

	String venueId;

	String venueSlug;

	@BeforeEach
	void venue() {
		this.staff = this.accounts.create("staff");
		this.venueSlug = "lounge-" + UUID.randomUUID().toString().substring(0, 8);
		this.venueId = this.api.as(this.staff)
			.post("/api/v1/club/admin/venues", """
					{"slug": "%s", "capacity": 40, "mood": "warm",
					 "texts": {"en": {"name": "Velvet Lounge"}}}""".formatted(this.venueSlug))
			.json()
			.at("/data/id")
			.asString();
	}

	@Test
	void aWeeklyNightStaysAt22InRomeAcrossBothDaylightSavingChanges() {
		String id = create("FREQ=WEEKLY;BYDAY=SA", "Saturday Soul");
		List<ZonedDateTime> nights = starts(id);
		assertThat(nights).hasSizeGreaterThan(50);
		assertThat(nights).allSatisfy((night) -> {
			assertThat(night.toLocalTime()).isEqualTo(LocalTime.of(22, 0));
			assertThat(night.getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
		});
		Set<ZoneOffset> offsets = nights.stream().map(ZonedDateTime::getOffset).collect(Collectors.toSet());
		assertThat(offsets).containsExactlyInAnyOrder(ZoneOffset.ofHours(1), ZoneOffset.ofHours(2));
		int changes = 0;
		for (int i = 1; i < nights.size(); i++) {
			changes += nights.get(i).getOffset().equals(nights.get(i - 1).getOffset()) ? 0 : 1;
		}
		assertThat(changes).as("into summer time and back").isGreaterThanOrEqualTo(2);
		assertThat(this.planning.extend()).as("made once: the horizon job adds nothing now").isZero();
		assertThat(starts(id)).hasSize(nights.size());
	}

	@Test
	void editingTheSeriesLeavesAnOccurrenceEditedAloneAsItWas() {
		String id = create("FREQ=WEEKLY;BYDAY=SA", "Saturday Soul");
		Reply published = this.api.as(this.staff).post("/api/v1/club/admin/series/" + id + "/publish", null);
		assertThat(published.status()).as(published.toString()).isEqualTo(200);
		Reply programme = this.api.get("/api/v1/club/events?venue=" + this.venueSlug + "&per_page=5");
		assertThat(programme.json().at("/data").size()).isEqualTo(5);
		assertThat(programme.json().at("/data/0/title").asString()).isEqualTo("Saturday Soul");

		// the second night edited alone
		String second = occurrences(id).get(1);
		Reply alone = this.api.as(this.staff).get("/api/v1/club/admin/events/" + second);
		Instant secondStart = Instant.parse(alone.json().at("/data/starts_at").asString());
		Reply edited = this.api.as(this.staff)
			.put("/api/v1/club/admin/events/" + second, """
					{"type": "special", "venue_id": "%s", "starts_at": "%s", "ends_at": "%s",
					 "texts": {"en": {"title": "Soul Special"}}}""".formatted(this.venueId, secondStart,
					secondStart.plusSeconds(4 * 3600)));
		assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
		assertThat(edited.json().at("/data/detached").asBoolean()).isTrue();

		// the series renamed and moved to Fridays
		Reply changed = this.api.as(this.staff)
			.put("/api/v1/club/admin/series/" + id,
					body("FREQ=WEEKLY;BYDAY=FR", "Friday Soul", firstSaturday().minusDays(1)));
		assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
		Reply kept = this.api.as(this.staff).get("/api/v1/club/admin/events/" + second);
		assertThat(kept.json().at("/data/texts/en/title").asString()).isEqualTo("Soul Special");
		assertThat(kept.json().at("/data/publication").asString()).isEqualTo("published");
		List<ZonedDateTime> live = this.jdbc
			.queryForList("SELECT starts_at FROM club_events WHERE series_id = ? AND publication = 'published'"
					+ " AND detached = FALSE ORDER BY starts_at", Timestamp.class, UUID.fromString(id))
			.stream()
			.map((t) -> t.toInstant().atZone(ROME))
			.toList();
		assertThat(live).isNotEmpty()
			.allSatisfy((night) -> assertThat(night.getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY));
		Integer cancelled = this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM club_events WHERE series_id = ? AND publication = 'cancelled'", Integer.class,
				UUID.fromString(id));
		assertThat(cancelled).as("the Saturdays calendars knew of are cancelled, not deleted").isPositive();
		Reply friday = this.api.get("/api/v1/club/events?venue=" + this.venueSlug + "&per_page=2");
		assertThat(friday.json().at("/data/0/title").asString()).isIn("Friday Soul", "Soul Special");
	}

	@Test
	void refusedRulesAndCallersStoreNothing() {
		Account user = this.accounts.create("user");
		int before = count();
		for (String rule : List.of("FREQ=DAILY", "FREQ=WEEKLY;BYHOUR=3", "FREQ=WEEKLY;COUNT=2;UNTIL=20270101T000000Z",
				"FREQ=WEEKLY;INTERVAL=0", "FREQ=WEEKLY;BYDAY=XX", "not a rule", "FREQ=WEEKLY;FREQ=MONTHLY")) {
			assertProblem(
					this.api.as(this.staff).post("/api/v1/club/admin/series", body(rule, "Bad Rule", firstSaturday())),
					422, "VALIDATION_FAILED");
		}
		assertProblem(
				this.api.as(user)
					.post("/api/v1/club/admin/series", body("FREQ=WEEKLY;BYDAY=SA", "Not Staff", firstSaturday())),
				403, "FORBIDDEN");
		assertProblem(
				this.api.post("/api/v1/club/admin/series", body("FREQ=WEEKLY;BYDAY=SA", "Anonymous", firstSaturday())),
				401, "UNAUTHENTICATED");
		assertThat(count()).isEqualTo(before);

		String id = create("FREQ=MONTHLY;BYMONTHDAY=1;COUNT=3", "Monthly Jam");
		assertThat(starts(id)).hasSizeLessThanOrEqualTo(3);
		assertThat(this.api.as(this.staff).post("/api/v1/club/admin/series/" + id + "/publish", null).status())
			.isEqualTo(200);
		assertProblem(this.api.as(this.staff).delete("/api/v1/club/admin/series/" + id), 409, "SERIES_PUBLISHED");
	}

	@Test
	void aDraftIsPublishedByItsJobOnceItsPublishAtHasCome(@Autowired EventPlanning events) {
		ZonedDateTime night = firstSaturday();
		String event = """
				{"type": "special", "venue_id": "%s", "starts_at": "%s", "ends_at": "%s", "publish_at": "%s",
				 "texts": {"en": {"title": "Announced Later"}}}""";
		assertProblem(
				this.api.as(this.staff)
					.post("/api/v1/club/admin/events",
							event.formatted(this.venueId, night.toOffsetDateTime(),
									night.plusHours(2).toOffsetDateTime(), night.plusHours(1).toOffsetDateTime())),
				422, "VALIDATION_FAILED");
		Reply later = this.api.as(this.staff)
			.post("/api/v1/club/admin/events", event.formatted(this.venueId, night.toOffsetDateTime(),
					night.plusHours(2).toOffsetDateTime(), night.minusDays(1).toOffsetDateTime()));
		Reply due = this.api.as(this.staff)
			.post("/api/v1/club/admin/events",
					event.formatted(this.venueId, night.plusDays(1).toOffsetDateTime(),
							night.plusDays(1).plusHours(2).toOffsetDateTime(),
							ZonedDateTime.now(ROME).minusMinutes(1).toOffsetDateTime()));
		assertThat(due.status()).as(due.toString()).isEqualTo(201);
		String slug = due.json().at("/data/slug").asString();
		assertProblem(this.api.get("/api/v1/club/events/" + slug), 404, "NOT_FOUND");

		assertThat(events.publishDue()).isGreaterThanOrEqualTo(1);
		assertThat(this.api.get("/api/v1/club/events/" + slug).status()).isEqualTo(200);
		String waiting = later.json().at("/data/id").asString();
		boolean soon = night.minusDays(1).toInstant().isBefore(Instant.now());
		assertThat(this.api.as(this.staff)
			.get("/api/v1/club/admin/events/" + waiting)
			.json()
			.at("/data/publication")
			.asString()).isEqualTo(soon ? "published" : "draft");
		assertThat(events.publishDue()).as("published once").isZero();
	}

	private String create(String rule, String title) {
		Reply created = this.api.as(this.staff).post("/api/v1/club/admin/series", body(rule, title, firstSaturday()));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.json().at("/data/id").asString();
	}

	private String body(String rule, String title, ZonedDateTime first) {
		return """
				{"type": "live_singer", "venue_id": "%s", "starts_at": "%s", "ends_at": "%s", "time_zone": "Europe/Rome",
				 "rrule": "%s", "texts": {"en": {"title": "%s"}}}"""
			.formatted(this.venueId, first.toOffsetDateTime(), first.plusHours(3).toOffsetDateTime(), rule, title);
	}

	private static ZonedDateTime firstSaturday() {
		LocalDate saturday = LocalDate.now(ROME).plusDays(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
		return saturday.atTime(22, 0).atZone(ROME);
	}

	private List<ZonedDateTime> starts(String series) {
		return this.jdbc
			.queryForList("SELECT starts_at FROM club_events WHERE series_id = ? ORDER BY starts_at", Timestamp.class,
					UUID.fromString(series))
			.stream()
			.map((t) -> t.toInstant().atZone(ROME))
			.toList();
	}

	private List<String> occurrences(String series) {
		return this.jdbc
			.queryForList("SELECT id FROM club_events WHERE series_id = ? ORDER BY starts_at", UUID.class,
					UUID.fromString(series))
			.stream()
			.map(UUID::toString)
			.toList();
	}

	private int count() {
		Integer n = this.jdbc.queryForObject("SELECT COUNT(*) FROM club_series", Integer.class);
		return (n != null) ? n : 0;
	}

}
