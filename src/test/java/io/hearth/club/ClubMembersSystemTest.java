package io.hearth.club;

import java.io.StringReader;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import io.hearth.support.Api.Reply;
import io.hearth.support.ApiSystemTest;
import io.hearth.support.TestAccounts.Account;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static io.hearth.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A member's side of the club over HTTP: favourites and going (idempotent, counted on the
 * event), preferences with their defaults and their rules, the personal calendar behind a
 * rotatable secret, in-app notifications, the signed unsubscribe link, and who may read
 * the staff's queue.
 */
class ClubMembersSystemTest extends ApiSystemTest {

	@Autowired
	NotificationPlanner planner;

	@Autowired
	JdbcTemplate jdbc;

	Account staff;

	Account member;

	String venueSlug;

	String venueId;

	String eventId;

	String eventSlug;

	@BeforeEach
	void programme() {
		this.staff = this.accounts.create("staff");
		this.member = this.accounts.create("user");
		this.venueSlug = "cave-" + UUID.randomUUID().toString().substring(0, 8);
		this.venueId = this.api.as(this.staff)
			.post("/api/v1/club/admin/venues", """
					{"slug": "%s", "capacity": 40, "mood": "cosmic",
					 "texts": {"en": {"name": "Blue Cave"}, "it": {"name": "Grotta Blu"}}}""".formatted(this.venueSlug))
			.json()
			.at("/data/id")
			.asString();
		Instant start = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
		Reply created = this.api.as(this.staff)
			.post("/api/v1/club/admin/events", """
					{"type": "dj_set", "venue_id": "%s", "starts_at": "%s", "ends_at": "%s",
					 "texts": {"en": {"title": "Deep Night"}, "it": {"title": "Notte Profonda"}}}"""
				.formatted(this.venueId, start, start.plus(3, ChronoUnit.HOURS)));
		this.eventId = created.json().at("/data/id").asString();
		this.eventSlug = created.json().at("/data/slug").asString();
		assertThat(
				this.api.as(this.staff).post("/api/v1/club/admin/events/" + this.eventId + "/publish", null).status())
			.isEqualTo(200);
	}

	@Test
	void staffFiguresCountUpcomingEventsFavouritesAndMailsPerDay() {
		assertThat(this.api.as(this.member).put("/api/v1/club/me/favourites/venue/" + this.venueSlug, null).status())
			.isEqualTo(204);
		assertThat(this.api.as(this.staff).put("/api/v1/club/me/favourites/venue/" + this.venueSlug, null).status())
			.isEqualTo(204);
		this.jdbc.update("INSERT INTO club_notifications (id, user_id, kind, subject, event_id, due_at, status, mailed,"
				+ " attempts, sent_at, created_at, version) VALUES (?, ?, 'new_event', ?, ?, ?, 'sent', TRUE, 1, ?, ?, 0)",
				UUID.randomUUID(), this.member.id(), this.eventId, UUID.fromString(this.eventId),
				java.sql.Timestamp.from(Instant.now()), java.sql.Timestamp.from(Instant.now()),
				java.sql.Timestamp.from(Instant.now()));
		Reply figures = this.api.as(this.staff).get("/api/v1/club/admin/figures?days=7");
		assertThat(figures.status()).as(figures.toString()).isEqualTo(200);
		JsonNode venue = null;
		for (JsonNode v : figures.json().at("/data/venues")) {
			if (v.at("/slug").asString().equals(this.venueSlug)) {
				venue = v;
			}
		}
		assertThat(venue).as(figures.toString()).isNotNull();
		assertThat(venue.at("/upcoming_events").asLong()).isEqualTo(1);
		assertThat(venue.at("/favourites").asLong()).isEqualTo(2);
		assertThat(venue.at("/name").asString()).isEqualTo("Blue Cave");
		JsonNode days = figures.json().at("/data/mails");
		assertThat(days.size()).isEqualTo(7);
		assertThat(days.get(6).at("/day").asString())
			.isEqualTo(java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString());
		assertThat(days.get(6).at("/sent").asLong()).isPositive();

		assertProblem(this.api.as(this.staff).get("/api/v1/club/admin/figures?days=0"), 422, "VALIDATION_FAILED");
		assertProblem(this.api.as(this.staff).get("/api/v1/club/admin/figures?days=many"), 422, "VALIDATION_FAILED");
		assertProblem(this.api.as(this.member).get("/api/v1/club/admin/figures"), 403, "FORBIDDEN");
		assertProblem(this.api.get("/api/v1/club/admin/figures"), 401, "UNAUTHENTICATED");
	}

	@Test
	void favouritesAndGoingAreIdempotentAndCountedOnTheEvent() {
		var me = this.api.as(this.member);
		assertThat(me.put("/api/v1/club/me/favourites/venue/" + this.venueSlug, null).status()).isEqualTo(204);
		assertThat(me.put("/api/v1/club/me/favourites/venue/" + this.venueSlug, null).status()).isEqualTo(204);
		assertThat(me.put("/api/v1/club/me/favourites/event/" + this.eventSlug, null).status()).isEqualTo(204);
		Reply going = me.put("/api/v1/club/me/going/" + this.eventSlug, null);
		assertThat(going.status()).as(going.toString()).isEqualTo(200);
		assertThat(going.json().at("/data/count").asInt()).isEqualTo(1);
		assertThat(me.put("/api/v1/club/me/going/" + this.eventSlug, null).json().at("/data/count").asInt())
			.isEqualTo(1);
		assertThat(this.api.as(this.staff)
			.put("/api/v1/club/me/going/" + this.eventSlug, null)
			.json()
			.at("/data/count")
			.asInt()).isEqualTo(2);
		assertThat(this.api.get("/api/v1/club/events/" + this.eventSlug).json().at("/data/going").asInt()).isEqualTo(2);

		Reply mine = me.get("/api/v1/club/me/favourites?lang=it");
		assertThat(mine.status()).as(mine.toString()).isEqualTo(200);
		assertThat(mine.json().at("/data/venues/0/name").asString()).isEqualTo("Grotta Blu");
		assertThat(mine.json().at("/data/venues").size()).isEqualTo(1);
		assertThat(mine.json().at("/data/events/0/title").asString()).isEqualTo("Notte Profonda");
		assertThat(mine.json().at("/data/going/0/slug").asString()).isEqualTo(this.eventSlug);

		assertThat(me.delete("/api/v1/club/me/favourites/venue/" + this.venueSlug).status()).isEqualTo(204);
		assertThat(me.delete("/api/v1/club/me/going/" + this.eventSlug).json().at("/data/count").asInt()).isEqualTo(1);
		assertThat(me.get("/api/v1/club/me/favourites").json().at("/data/venues").size()).isZero();

		assertProblem(me.put("/api/v1/club/me/favourites/venue/no-such-venue", null), 404, "NOT_FOUND");
		assertProblem(me.put("/api/v1/club/me/favourites/planet/" + this.venueSlug, null), 404, "NOT_FOUND");
		assertProblem(this.api.put("/api/v1/club/me/favourites/venue/" + this.venueSlug, null), 401, "UNAUTHENTICATED");
	}

	@Test
	void goingToACancelledEventIsRefused() {
		assertThat(this.api.as(this.staff).post("/api/v1/club/admin/events/" + this.eventId + "/cancel", null).status())
			.isEqualTo(200);
		assertProblem(this.api.as(this.member).put("/api/v1/club/me/going/" + this.eventSlug, null), 409,
				"EVENT_CANCELLED");
	}

	@Test
	void preferencesHaveDefaultsAndRefuseWhatTheClubDoesNotKnow() {
		var me = this.api.as(this.member);
		Reply defaults = me.get("/api/v1/club/me/preferences");
		assertThat(defaults.status()).as(defaults.toString()).isEqualTo(200);
		assertThat(defaults.json().at("/data/reminder_hours_before").asInt()).isEqualTo(24);
		assertThat(defaults.json().at("/data/new_events").asBoolean()).isTrue();
		assertThat(defaults.json().at("/data/weekly_digest").asBoolean()).isFalse();
		assertThat(defaults.json().at("/data/time_zone").asString()).isEqualTo("Europe/Rome");

		Reply set = me.put("/api/v1/club/me/preferences", """
				{"reminder_hours_before": 2, "language": "it", "time_zone": "America/New_York",
				 "quiet_hours": {"from": "23:00", "until": "08:00"}, "calendar_alarm": 30}""");
		assertThat(set.status()).as(set.toString()).isEqualTo(200);
		assertThat(set.json().at("/data/language").asString()).isEqualTo("it");
		assertThat(set.json().at("/data/quiet_hours/from").asString()).isEqualTo("23:00");
		assertThat(me.get("/api/v1/club/me/preferences").json().at("/data/reminder_hours_before").asInt()).isEqualTo(2);

		assertProblem(me.put("/api/v1/club/me/preferences", "{\"reminder_hours_before\": 169}"), 422,
				"VALIDATION_FAILED");
		assertProblem(me.put("/api/v1/club/me/preferences", "{\"language\": \"de\"}"), 422, "VALIDATION_FAILED");
		assertProblem(me.put("/api/v1/club/me/preferences", "{\"time_zone\": \"Mars/Olympus\"}"), 422,
				"VALIDATION_FAILED");
		assertProblem(
				me.put("/api/v1/club/me/preferences", "{\"quiet_hours\": {\"from\": \"25:00\", \"until\": \"08:00\"}}"),
				422, "VALIDATION_FAILED");
		assertProblem(me.put("/api/v1/club/me/preferences", "{\"colour\": \"blue\"}"), 422, "VALIDATION_FAILED");
		// nothing of the refused ones stored
		assertThat(me.get("/api/v1/club/me/preferences").json().at("/data/time_zone").asString())
			.isEqualTo("America/New_York");
	}

	@Test
	void thePersonalCalendarLivesBehindARotatableSecret() throws Exception {
		var me = this.api.as(this.member);
		me.put("/api/v1/club/me/going/" + this.eventSlug, null);
		me.put("/api/v1/club/me/preferences", "{\"calendar_alarm\": 45}");
		Reply made = me.post("/api/v1/club/me/calendar-token", null);
		assertThat(made.status()).as(made.toString()).isEqualTo(200);
		String token = made.json().at("/data/token").asString();
		assertThat(made.json().at("/data/url").asString()).endsWith("/api/v1/club/me/calendar.ics?token=" + token);

		Reply feed = this.api.get("/api/v1/club/me/calendar.ics?token=" + token);
		assertThat(feed.status()).as(feed.toString()).isEqualTo(200);
		assertThat(feed.header("Cache-Control")).contains("no-store");
		Calendar calendar = new CalendarBuilder().build(new StringReader(feed.body()));
		calendar.validate();
		VEvent event = (VEvent) calendar.getComponents("VEVENT").getFirst();
		assertThat(event.getUid().orElseThrow().getValue()).isEqualTo(this.eventId + "@club.hearth");
		assertThat(event.getAlarms()).hasSize(1);
		assertThat(event.getAlarms().getFirst().getTrigger().orElseThrow().getDuration())
			.isEqualTo(java.time.Duration.ofMinutes(-45));

		String second = me.post("/api/v1/club/me/calendar-token", null).json().at("/data/token").asString();
		assertProblem(this.api.get("/api/v1/club/me/calendar.ics?token=" + token), 404, "NOT_FOUND");
		assertThat(this.api.get("/api/v1/club/me/calendar.ics?token=" + second).status()).isEqualTo(200);
		assertThat(me.delete("/api/v1/club/me/calendar-token").status()).isEqualTo(204);
		assertProblem(this.api.get("/api/v1/club/me/calendar.ics?token=" + second), 404, "NOT_FOUND");
		assertProblem(this.api.get("/api/v1/club/me/calendar.ics"), 404, "NOT_FOUND");
	}

	@Test
	void notificationsAreListedNewestFirstWithTheUnreadCount() {
		var me = this.api.as(this.member);
		me.put("/api/v1/club/me/going/" + this.eventSlug, null);
		this.planner.remindersDueBy(Instant.now().plus(10, ChronoUnit.DAYS));
		// delivered (as the delivery job does) without a mail: the address is unverified
		this.jdbc.update("UPDATE club_notifications SET status = 'sent', sent_at = CURRENT_TIMESTAMP WHERE user_id = ?",
				this.member.id());

		Reply list = me.get("/api/v1/club/me/notifications");
		assertThat(list.status()).as(list.toString()).isEqualTo(200);
		assertThat(list.json().at("/meta/unread").asInt()).isEqualTo(1);
		assertThat(list.json().at("/data/0/kind").asString()).isEqualTo("reminder");
		assertThat(list.json().at("/data/0/event_slug").asString()).isEqualTo(this.eventSlug);
		String id = list.json().at("/data/0/id").asString();
		assertProblem(this.api.as(this.staff).post("/api/v1/club/me/notifications/" + id + "/read", null), 404,
				"NOT_FOUND");
		assertThat(me.post("/api/v1/club/me/notifications/" + id + "/read", null).status()).isEqualTo(204);
		assertThat(me.get("/api/v1/club/me/notifications").json().at("/meta/unread").asInt()).isZero();

		// made once, however often the reminder job runs
		this.planner.remindersDueBy(Instant.now().plus(10, ChronoUnit.DAYS));
		assertThat(me.get("/api/v1/club/me/notifications").json().at("/data").size()).isEqualTo(1);
	}

	@Test
	void theStaffQueueIsForStaffOnly() {
		assertThat(this.api.as(this.staff).get("/api/v1/club/admin/notifications?status=failed").status())
			.isEqualTo(200);
		assertProblem(this.api.as(this.member).get("/api/v1/club/admin/notifications"), 403, "FORBIDDEN");
		assertProblem(this.api.get("/api/v1/club/admin/notifications"), 401, "UNAUTHENTICATED");
		assertProblem(this.api.as(this.staff).get("/api/v1/club/admin/notifications?status=lost"), 422,
				"VALIDATION_FAILED");
		assertProblem(
				this.api.as(this.staff).post("/api/v1/club/admin/notifications/" + UUID.randomUUID() + "/retry", null),
				404, "NOT_FOUND");
	}

	@Test
	void theUnsubscribeLinkWorksSignedOutAndOnlyAsSigned(@Autowired UnsubscribeLinks links) {
		var me = this.api.as(this.member);
		String url = links.url(this.member.id(), ClubNotification.Kind.REMINDER);
		String path = url.substring(url.indexOf("/api/v1/club/unsubscribe"));
		assertProblem(this.api.post(path.replace("kind=reminder", "kind=new_event"), null), 403, "FORBIDDEN");
		assertProblem(this.api.post(path.replace("member=" + this.member.id(), "member=" + this.staff.id()), null), 403,
				"FORBIDDEN");
		assertThat(me.get("/api/v1/club/me/preferences").json().at("/data/reminders").asBoolean()).isTrue();

		// a person opening the link gets a button; opening changes nothing
		Reply page = this.api.get(path, "Accept", "text/html,*/*;q=0.8");
		assertThat(page.status()).as(page.toString()).isEqualTo(200);
		assertThat(page.body()).contains("<form method=\"post\"", "name=\"confirmed\"");
		assertThat(me.get("/api/v1/club/me/preferences").json().at("/data/reminders").asBoolean()).isTrue();
		assertProblem(this.api.get(path.replace("kind=reminder", "kind=new_event"), "Accept", "text/html,*/*;q=0.8"),
				403, "FORBIDDEN");

		// what a mail provider sends for a one-click unsubscribe (RFC 8058)
		Reply done = this.api.send("POST", path, "List-Unsubscribe=One-Click", "Content-Type",
				"application/x-www-form-urlencoded");
		assertThat(done.status()).as(done.toString()).isEqualTo(204);
		assertThat(me.get("/api/v1/club/me/preferences").json().at("/data/reminders").asBoolean()).isFalse();
		assertThat(me.get("/api/v1/club/me/preferences").json().at("/data/new_events").asBoolean()).isTrue();
	}

}
