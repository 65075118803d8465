package io.hearth.club;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import io.hearth.support.ApiSystemTest;
import io.hearth.support.Pages;
import io.hearth.support.TestAccounts;
import io.hearth.support.TestAccounts.Account;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The club's pages over HTTP on every database: the public site in the reader's language
 * with its alternates, themes, search, week and calendar download; a member's favourites
 * and preferences through forms; the staff's editor making an event and a series; who may
 * open what.
 */
class ClubPagesSystemTest extends ApiSystemTest {

	@Autowired
	JdbcTemplate jdbc;

	Account staff;

	String tag;

	String venue;

	String venueSlug;

	String eventSlug;

	@BeforeEach
	void programme() {
		this.staff = this.accounts.create("staff");
		this.tag = "p" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
		this.venueSlug = "velvet-" + this.tag;
		this.venue = this.api.as(this.staff)
			.post("/api/v1/club/admin/venues",
					"""
							{"slug": "%s", "capacity": 90, "mood": "cosmic", "colours": {"primary": "#7C3AED", "dark": "#0B0B12"},
							 "texts": {"en": {"name": "Velvet Room", "description": "Deep *sofas*"}, "it": {"name": "Sala Velluto"}}}"""
						.formatted(this.venueSlug))
			.json()
			.at("/data/id")
			.asString();
		Instant start = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
		var created = this.api.as(this.staff)
			.post("/api/v1/club/admin/events",
					"""
							{"type": "live_singer", "venue_id": "%s", "starts_at": "%s", "ends_at": "%s", "time_zone": "Europe/Rome",
							 "texts": {"en": {"title": "Moon Songs %s"}, "it": {"title": "Canzoni della luna %s"}}}"""
						.formatted(this.venue, start, start.plus(2, ChronoUnit.HOURS), this.tag, this.tag));
		this.eventSlug = created.json().at("/data/slug").asString();
		this.api.as(this.staff)
			.post("/api/v1/club/admin/events/" + created.json().at("/data/id").asString() + "/publish", null);
	}

	@Test
	void aVisitorReadsTheItalianSiteWithItsAlternatesThemesSearchAndCalendar() {
		Pages visitor = new Pages(this.port);
		HttpResponse<String> event = visitor.get("/club/events/" + this.eventSlug + "?lang=it&tz=Asia/Tokyo");
		assertThat(event.statusCode()).isEqualTo(200);
		assertThat(event.body()).contains("Canzoni della luna " + this.tag, "Sala Velluto", "Ora di Second Life",
				"La tua ora (Asia/Tokyo)", "hreflang=\"en\"", "hreflang=\"fr\"", "hreflang=\"es\"", "lang=\"it\"",
				"venue-" + this.venueSlug, "Accedi per seguire");
		// the choice is kept: the next page is Italian without ?lang=
		assertThat(visitor.get("/club").body()).contains("Ora in diretta e a seguire");
		assertThat(visitor.get("/club/venues/" + this.venueSlug).body()).contains("Sala Velluto", "mood-cosmic");
		assertThat(visitor.get("/club/venues/" + this.venueSlug + "?lang=en").body()).contains("Velvet Room",
				"<em>sofas</em>");
		visitor.get("/club?lang=it");
		assertThat(visitor.get("/club/theme.css").body())
			.contains(".venue-" + this.venueSlug + " { --club-primary: #7C3AED; --club-dark: #0B0B12; }");
		assertThat(visitor.get("/club/events?q=luna+" + this.tag).body()).contains("Canzoni della luna " + this.tag);
		assertThat(visitor.get("/club/events?q=a1+b2+c3+d4+e5+f6+g7+h8+i9").body()).contains("role=\"alert\"");
		assertThat(visitor.get("/club/events/week").body()).contains("Canzoni della luna " + this.tag);
		HttpResponse<String> ics = visitor.get("/club/events/" + this.eventSlug + "/calendar.ics");
		assertThat(ics.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");
		assertThat(ics.body()).contains("BEGIN:VEVENT", "SUMMARY:Canzoni della luna " + this.tag);
		assertThat(visitor.get("/club/artists").statusCode()).isEqualTo(200);
		assertThat(visitor.get("/club/events/no-such-night-" + this.tag).statusCode()).isEqualTo(404);
		assertThat(visitor.get("/club/events/week?start=not-a-day").statusCode()).isEqualTo(200);
	}

	@Test
	void theProgrammePageKeptForVisitorsShowsAnEventPublishedSinceAndAVenueRenamed() {
		Pages visitor = new Pages(this.port);
		String path = "/club/events?venue=" + this.venueSlug + "&lang=en";
		assertThat(visitor.get(path).body()).contains("Moon Songs " + this.tag).doesNotContain("Sun Songs");
		Instant start = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
		String id = this.api.as(this.staff)
			.post("/api/v1/club/admin/events",
					"""
							{"type": "dj_set", "venue_id": "%s", "starts_at": "%s", "ends_at": "%s",
							 "texts": {"en": {"title": "Sun Songs %s"}}}""".formatted(this.venue, start,
							start.plus(2, ChronoUnit.HOURS), this.tag))
			.json()
			.at("/data/id")
			.asString();
		this.api.as(this.staff).post("/api/v1/club/admin/events/" + id + "/publish", null);

		assertThat(visitor.get(path).body()).contains("Sun Songs " + this.tag);
		assertThat(this.api.as(this.staff)
			.put("/api/v1/club/admin/venues/" + this.venue,
					"""
							{"slug": "%s", "capacity": 90, "mood": "cosmic", "texts": {"en": {"name": "Silk Room"}}}"""
						.formatted(this.venueSlug),
					"If-Match", "\"0\"")
			.status()).isEqualTo(200);
		assertThat(visitor.get(path).body()).contains("<a href=\"/club/venues/" + this.venueSlug + "\">Silk Room</a>")
			.contains("<option value=\"" + this.venueSlug + "\" selected=\"selected\">Silk Room</option>");
	}

	@Test
	void aMemberFavouritesAVenueAndSetsPreferencesThroughForms() {
		Account ann = this.accounts.create("user");
		Pages member = new Pages(this.port);
		member.signIn(ann.username(), TestAccounts.PASSWORD);
		member.get("/club/venues/" + this.venueSlug + "?lang=en");
		HttpResponse<String> followed = member.submit("/club/me/favourites/venue/" + this.venueSlug,
				Map.of("action", "add", "next", "/club/venues/" + this.venueSlug));
		assertThat(followed.statusCode()).isEqualTo(302);
		assertThat(followed.headers().firstValue("Location").orElse("")).endsWith("/club/venues/" + this.venueSlug);
		assertThat(member.get("/club/venues/" + this.venueSlug).body()).contains("Remove from favourites");
		assertThat(member.get("/club/me").body()).contains("Velvet Room");

		HttpResponse<String> refused = member.submit("/club/me/preferences",
				Map.of("reminders", "on", "reminder_hours_before", "500", "language", "it"));
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("reminder_hours_before");
		assertThat(this.api.as(ann).get("/api/v1/club/me/preferences").json().at("/data/reminder_hours_before").asInt())
			.isEqualTo(24);
		member.get("/club/me");
		HttpResponse<String> saved = member.submit("/club/me/preferences",
				Map.of("reminders", "on", "reminder_hours_before", "3", "language", "it", "time_zone", "Europe/Rome",
						"quiet_from", "23:00", "quiet_until", "08:00"));
		assertThat(saved.statusCode()).isEqualTo(302);
		var preferences = this.api.as(ann).get("/api/v1/club/me/preferences").json().at("/data");
		assertThat(preferences.at("/reminder_hours_before").asInt()).isEqualTo(3);
		assertThat(preferences.at("/new_events").asBoolean()).as("an unticked box is off").isFalse();
		assertThat(preferences.at("/quiet_hours/from").asString()).isEqualTo("23:00");

		member.get("/club/me");
		assertThat(member.submit("/club/me/calendar", Map.of()).body()).contains("/api/v1/club/me/calendar.ics?token=");
		member.get("/club/events/" + this.eventSlug);
		assertThat(member.submit("/club/me/going/" + this.eventSlug, Map.of("action", "add")).statusCode())
			.isEqualTo(302);
		assertThat(member.get("/club/events/" + this.eventSlug).body()).contains("aria-pressed=\"true\"");
	}

	@Test
	void staffMakeAnEventAndAWeeklySeriesThroughTheEditorAndNobodyElseGetsIn() {
		Pages editor = new Pages(this.port);
		editor.signIn(this.staff.username(), TestAccounts.PASSWORD);
		assertThat(editor.get("/club/staff").statusCode()).isEqualTo(200);
		editor.get("/club/staff/events/new");
		LocalDateTime start = LocalDateTime.now(ZoneId.of("Europe/Rome"))
			.plusDays(10)
			.withHour(22)
			.truncatedTo(ChronoUnit.HOURS);
		Map<String, String> form = new LinkedHashMap<>();
		form.put("type", "dj_set");
		form.put("venue_id", this.venue);
		form.put("starts_at", start.toString());
		form.put("ends_at", start.minusHours(1).toString());
		form.put("time_zone", "Europe/Rome");
		form.put("title_en", "Orbit " + this.tag);
		form.put("title_it", "Orbita " + this.tag);
		HttpResponse<String> refused = editor.submit("/club/staff/events", form);
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("ends_at");
		form.put("ends_at", start.plusHours(3).toString());
		HttpResponse<String> made = editor.submit("/club/staff/events", form);
		assertThat(made.statusCode()).as(made.body()).isEqualTo(302);
		String page = made.headers().firstValue("Location").orElseThrow();
		String id = page.replaceAll(".*/club/staff/events/", "");
		String edit = editor.get("/club/staff/events/" + id).body();
		assertThat(edit).contains("Orbita " + this.tag, "value=\"" + start + "\"");
		HttpResponse<String> published = editor.submit("/club/staff/events/" + id + "/publish", Map.of("version", "0"));
		assertThat(published.statusCode()).isEqualTo(302);
		assertThat(this.api.as(this.staff)
			.get("/api/v1/club/admin/events/" + id)
			.json()
			.at("/data/publication")
			.asString()).isEqualTo("published");

		editor.get("/club/staff/series/new");
		Map<String, String> series = new LinkedHashMap<>(form);
		series.put("rrule", "FREQ=WEEKLY;COUNT=4");
		series.put("title_en", "Weekly " + this.tag);
		series.remove("title_it");
		HttpResponse<String> weekly = editor.submit("/club/staff/series", series);
		assertThat(weekly.statusCode()).as(weekly.body()).isEqualTo(302);
		assertThat(editor.get("/club/staff").body()).contains("FREQ=WEEKLY;COUNT=4");
		Integer nights = this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM club_events e JOIN club_series s ON e.series_id = s.id WHERE s.slug LIKE ?",
				Integer.class, "weekly-" + this.tag + "%");
		assertThat(nights).isEqualTo(4);
		assertThat(editor.get("/club/staff/notifications?status=failed").statusCode()).isEqualTo(200);
		assertThat(editor.get("/club/staff/venues").body()).contains(this.venueSlug);

		Pages user = new Pages(this.port);
		user.signIn(this.accounts.create("user").username(), TestAccounts.PASSWORD);
		assertThat(user.get("/club/staff").statusCode()).isEqualTo(403);
		HttpResponse<String> anonymous = new Pages(this.port).get("/club/me");
		assertThat(anonymous.statusCode()).isEqualTo(302);
		assertThat(anonymous.headers().firstValue("Location").orElse("")).contains("/signin");
	}

	@Test
	void staffEditAVenueAndAnArtistInEveryLanguageAndRefusedInputChangesNothing() {
		Pages editor = new Pages(this.port);
		editor.signIn(this.staff.username(), TestAccounts.PASSWORD);
		String page = editor.get("/club/staff/venues/" + this.venue).body();
		assertThat(page).contains("value=\"Sala Velluto\"", "value=\"#7C3AED\"");
		Map<String, String> venue = new LinkedHashMap<>();
		venue.put("slug", this.venueSlug);
		venue.put("capacity", "120");
		venue.put("mood", "hybrid");
		venue.put("primary", "#7C3AED");
		venue.put("dark", "not-a-colour");
		venue.put("name_en", "Velvet Room");
		venue.put("name_it", "Sala di Velluto");
		venue.put("name_fr", "Salle de velours");
		venue.put("is_active", "on");
		venue.put("version", "0");
		HttpResponse<String> refused = editor.submit("/club/staff/venues/" + this.venue, venue);
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("colours.dark");
		assertThat(this.api.get("/api/v1/club/venues/" + this.venueSlug).json().at("/data/capacity").asInt())
			.isEqualTo(90);
		venue.put("dark", "#0B0B12");
		HttpResponse<String> saved = editor.submit("/club/staff/venues/" + this.venue, venue);
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
		var view = this.api.get("/api/v1/club/venues/" + this.venueSlug + "?lang=fr").json().at("/data");
		assertThat(view.at("/capacity").asInt()).isEqualTo(120);
		assertThat(view.at("/name").asString()).isEqualTo("Salle de velours");
		assertThat(view.at("/mood").asString()).isEqualTo("hybrid");

		editor.get("/club/staff/artists/new");
		Map<String, String> artist = new LinkedHashMap<>();
		artist.put("slug", "nova-" + this.tag);
		artist.put("name", "Nova");
		artist.put("performance_type", "dj");
		artist.put("bio_en", "Plays *deep* house.");
		artist.put("bio_it", "Suona house profonda.");
		artist.put("links", "Mixes | https://example.org/nova\nftp://nope");
		artist.put("is_active", "on");
		HttpResponse<String> bad = editor.submit("/club/staff/artists", artist);
		assertThat(bad.statusCode()).isEqualTo(200);
		assertThat(bad.body()).contains("links[1].url");
		assertThat(this.api.get("/api/v1/club/artists/nova-" + this.tag).status()).isEqualTo(404);
		artist.put("links", "Mixes | https://example.org/nova");
		HttpResponse<String> made = editor.submit("/club/staff/artists", artist);
		assertThat(made.statusCode()).as(made.body()).isEqualTo(302);
		var nova = this.api.get("/api/v1/club/artists/nova-" + this.tag + "?lang=it").json().at("/data");
		assertThat(nova.at("/bio").asString()).isEqualTo("Suona house profonda.");
		assertThat(nova.at("/links/0/label").asString()).isEqualTo("Mixes");
		assertThat(editor.get(made.headers().firstValue("Location").orElseThrow().replaceAll("^https?://[^/]+", ""))
			.body()).contains("Mixes | https://example.org/nova");
	}

}
