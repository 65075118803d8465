package io.hearth.club;

import java.io.StringReader;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.hearth.support.Api.Reply;
import io.hearth.support.ApiSystemTest;
import io.hearth.support.TestAccounts.Account;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.hearth.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The iCalendar feeds over HTTP, read back by ical4j: drafts left out, a cancelled event
 * kept as cancelled, UIDs stable and SEQUENCE rising across a change, times at 22:00 in
 * Rome on both sides of a daylight-saving change with the zone's VTIMEZONE, categories of
 * venue and type, and the same caching as every public read.
 */
class ClubFeedsSystemTest extends ApiSystemTest {

	Account staff;

	String venue;

	String venueSlug;

	@BeforeEach
	void venue() {
		this.staff = this.accounts.create("staff");
		this.venueSlug = "deck-" + UUID.randomUUID().toString().substring(0, 8);
		this.venue = this.api.as(this.staff)
			.post("/api/v1/club/admin/venues",
					"""
							{"slug": "%s", "capacity": 40, "mood": "cosmic",
							 "texts": {"en": {"name": "Star Deck"}, "it": {"name": "Ponte Stellare"}}}"""
						.formatted(this.venueSlug))
			.json()
			.at("/data/id")
			.asString();
	}

	@Test
	void aVenuesFeedIsValidICalendarThatCalendarsCanFollow() throws Exception {
		// 22:00 in Rome in winter (UTC+1) and in summer (UTC+2): the next 15 January and
		// 15 July
		ZonedDateTime winter = next(1);
		ZonedDateTime summer = next(7);
		String kept = published("Winter Jazz", winter.toInstant());
		String cancelled = published("Summer Jazz", summer.toInstant());
		String draft = create("Secret Rehearsal", summer.plusDays(1).toInstant());
		assertThat(this.api.as(this.staff).post("/api/v1/club/admin/events/" + cancelled + "/cancel", null).status())
			.isEqualTo(200);

		Reply feed = this.api.get("/api/v1/club/venues/" + this.venueSlug + "/calendar.ics?lang=it");
		assertThat(feed.status()).as(feed.toString()).isEqualTo(200);
		assertThat(feed.header("Content-Type")).startsWith("text/calendar");
		Calendar calendar = new CalendarBuilder().build(new StringReader(feed.body()));
		calendar.validate();
		List<VEvent> events = events(calendar);
		assertThat(events).extracting((e) -> e.getUid().orElseThrow().getValue())
			.containsExactly(kept + "@club.hearth", cancelled + "@club.hearth")
			.doesNotContain(draft + "@club.hearth");
		assertThat(calendar.getComponents("VTIMEZONE")).extracting((tz) -> ((VTimeZone) tz).getTimeZoneId().getValue())
			.containsExactly("Europe/Rome");
		for (VEvent event : events) {
			assertThat(event.getDateTimeStart().getParameter("TZID").orElseThrow().getValue()).isEqualTo("Europe/Rome");
			Temporal start = event.getDateTimeStart().getDate();
			assertThat(ZonedDateTime.from(start).getHour()).isEqualTo(22);
			assertThat(event.getProperty(Property.CATEGORIES).orElseThrow().getValue()).contains("Ponte Stellare",
					"live_singer");
		}
		assertThat(events.get(0).getSummary().getValue()).isEqualTo("Winter Jazz (it)");
		assertThat(events.get(0).getStatus().getValue()).isEqualTo("CONFIRMED");
		assertThat(events.get(1).getStatus().getValue()).isEqualTo("CANCELLED");

		// changed: the same UID, a higher SEQUENCE
		int before = events.get(0).getSequence().getSequenceNo();
		Reply moved = this.api.as(this.staff)
			.put("/api/v1/club/admin/events/" + kept, body("Winter Jazz", winter.plusHours(1).toInstant()));
		assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
		List<VEvent> after = events(new CalendarBuilder()
			.build(new StringReader(this.api.get("/api/v1/club/venues/" + this.venueSlug + "/calendar.ics").body())));
		assertThat(after.get(0).getUid().orElseThrow().getValue()).isEqualTo(kept + "@club.hearth");
		assertThat(after.get(0).getSequence().getSequenceNo()).isGreaterThan(before);
		assertThat(after.get(0).getSummary().getValue()).isEqualTo("Winter Jazz");
	}

	@Test
	void theAtomFeedListsWhatWasJustPublishedInTheReadersLanguage() throws Exception {
		Instant start = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
		String older = published("Older Night", start);
		String draft = create("Unannounced", start);
		String newest = published("Newest Night", start.plus(1, ChronoUnit.DAYS));
		Reply feed = this.api.get("/api/v1/club/feed.atom?lang=it");
		assertThat(feed.status()).as(feed.toString()).isEqualTo(200);
		assertThat(feed.header("Content-Type")).startsWith("application/atom+xml");
		assertThat(feed.header("Content-Language")).isEqualTo("it");
		var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		var document = factory.newDocumentBuilder()
			.parse(new java.io.ByteArrayInputStream(feed.body().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		var root = document.getDocumentElement();
		assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
		assertThat(root.getLocalName()).isEqualTo("feed");
		var entries = root.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
		List<String> ids = new ArrayList<>();
		List<String> titles = new ArrayList<>();
		for (int i = 0; i < entries.getLength(); i++) {
			var entry = (org.w3c.dom.Element) entries.item(i);
			ids.add(entry.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "id").item(0).getTextContent());
			titles.add(entry.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "title").item(0).getTextContent());
		}
		assertThat(ids).containsSubsequence("urn:uuid:" + newest, "urn:uuid:" + older)
			.doesNotContain("urn:uuid:" + draft);
		assertThat(titles).contains("Newest Night (it)");
		assertThat(this.api.get("/api/v1/club/feed.atom?lang=it", "If-None-Match", feed.header("ETag")).status())
			.isEqualTo(304);
	}

	@Test
	void aFeedIsCachedLikeEveryPublicReadAndOnlyAsCalendar() {
		Reply first = this.api.get("/api/v1/club/venues/" + this.venueSlug + "/calendar.ics");
		assertThat(first.status()).isEqualTo(200);
		assertThat(first.header("Cache-Control")).contains("public");
		assertThat(this.api
			.get("/api/v1/club/venues/" + this.venueSlug + "/calendar.ics", "If-None-Match", first.header("ETag"))
			.status()).isEqualTo(304);
		assertThat(this.api.get("/api/v1/club/calendar.ics").status()).isEqualTo(200);
		assertProblem(this.api.get("/api/v1/club/venues/no-such-" + this.venueSlug + "/calendar.ics"), 404,
				"NOT_FOUND");
		assertThat(this.api.get("/api/v1/club/calendar.ics", "Accept", "application/json").status()).isEqualTo(406);
	}

	@Test
	void theSecondLifeBoardNeverExceeds2048BytesWhateverTheTitles() {
		Instant start = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
		// four-byte characters in every language's title: the worst case for a byte
		// budget
		String long4 = "\uD83C\uDFB7".repeat(95);
		for (int i = 0; i < 8; i++) {
			Reply created = this.api.as(this.staff)
				.post("/api/v1/club/admin/events",
						"""
								{"type": "special", "venue_id": "%s", "starts_at": "%s", "ends_at": "%s",
								 "texts": {"en": {"title": "%s %d"}, "it": {"title": "%s"}, "fr": {"title": "%s"}, "es": {"title": "%s"}}}"""
							.formatted(this.venue, start.plus(i, ChronoUnit.DAYS),
									start.plus(i, ChronoUnit.DAYS).plus(2, ChronoUnit.HOURS), long4, i, "È".repeat(200),
									"Ç".repeat(200), "Ñ".repeat(200)));
			assertThat(created.status()).as(created.toString()).isEqualTo(201);
			this.api.as(this.staff)
				.post("/api/v1/club/admin/events/" + created.json().at("/data/id").asString() + "/publish", null);
		}
		for (String lang : List.of("en", "it", "fr", "es")) {
			Reply text = this.api.get("/api/v1/club/sl/board?venue=" + this.venueSlug + "&lang=" + lang);
			assertThat(text.status()).as(text.toString()).isEqualTo(200);
			assertThat(text.header("Content-Type")).startsWith("text/plain");
			assertThat(text.body().getBytes(java.nio.charset.StandardCharsets.UTF_8)).hasSizeLessThanOrEqualTo(2048);
			assertThat(text.body().lines().count()).as(lang).isGreaterThan(2);
			assertThat(text.body()).contains(" SLT");
			Reply json = this.api.get(
					"/api/v1/club/sl/board?venue=" + this.venueSlug + "&lang=" + lang + "&format=json", "Accept",
					"application/json");
			assertThat(json.body().getBytes(java.nio.charset.StandardCharsets.UTF_8)).hasSizeLessThanOrEqualTo(2048);
			assertThat(json.json().at("/data/lines").size()).as(lang).isGreaterThan(1);
			assertThat(json.json().at("/data/venue").asString()).isNotEmpty();
		}
		assertThat(this.api.get("/api/v1/club/sl/board?venue=" + this.venueSlug + "&lang=it").body())
			.startsWith("Ponte Stellare\n")
			.contains("ÈÈÈ");
		assertProblem(this.api.get("/api/v1/club/sl/board?venue=" + this.venueSlug + "&format=xml"), 422,
				"VALIDATION_FAILED");
		assertProblem(this.api.get("/api/v1/club/sl/board?venue=nowhere-" + this.venueSlug), 404, "NOT_FOUND");
	}

	private static ZonedDateTime next(int month) {
		ZonedDateTime now = ZonedDateTime.now(java.time.ZoneId.of("Europe/Rome"));
		ZonedDateTime day = now.withMonth(month).withDayOfMonth(15).withHour(22).truncatedTo(ChronoUnit.HOURS);
		return day.isAfter(now) ? day : day.plusYears(1);
	}

	private static List<VEvent> events(Calendar calendar) {
		List<VEvent> events = new ArrayList<>();
		calendar.getComponents("VEVENT").forEach((c) -> events.add((VEvent) c));
		return events;
	}

	private String published(String title, Instant start) {
		String id = create(title, start);
		assertThat(this.api.as(this.staff).post("/api/v1/club/admin/events/" + id + "/publish", null).status())
			.isEqualTo(200);
		return id;
	}

	private String create(String title, Instant start) {
		Reply created = this.api.as(this.staff).post("/api/v1/club/admin/events", body(title, start));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.json().at("/data/id").asString();
	}

	private String body(String title, Instant start) {
		return """
				{"type": "live_singer", "venue_id": "%s", "starts_at": "%s", "ends_at": "%s", "time_zone": "Europe/Rome",
				 "texts": {"en": {"title": "%s"}, "it": {"title": "%s (it)"}}}"""
			.formatted(this.venue, start, start.plus(2, ChronoUnit.HOURS), title, title);
	}

}
