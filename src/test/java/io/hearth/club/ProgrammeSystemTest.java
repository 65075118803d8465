package io.hearth.club;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.hearth.support.Api.Reply;
import io.hearth.support.ApiSystemTest;
import io.hearth.support.TestAccounts.Account;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static io.hearth.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The programme over HTTP: events written by staff as drafts, published, cancelled; the
 * public list by start with its filters and keyset pages, the status from the clock, the
 * times in the event's zone, in Second Life time and in the reader's; what is on now.
 */
class ProgrammeSystemTest extends ApiSystemTest {

	Account staff;

	String tag;

	String venue;

	String venueSlug;

	String artist;

	String artistSlug;

	@BeforeEach
	void venueAndArtist() {
		this.staff = this.accounts.create("staff");
		this.tag = UUID.randomUUID().toString().substring(0, 8);
		this.venueSlug = "hall-" + this.tag;
		this.venue = this.api.as(this.staff)
			.post("/api/v1/club/admin/venues", """
					{"slug": "%s", "capacity": 80, "mood": "warm", "sort_order": 1,
					 "texts": {"en": {"name": "Great Hall"}, "it": {"name": "Salone"}}}""".formatted(this.venueSlug))
			.json()
			.at("/data/id")
			.asString();
		this.artistSlug = "mira-" + this.tag;
		this.artist = this.api.as(this.staff)
			.post("/api/v1/club/admin/artists", """
					{"slug": "%s", "name": "Mira", "performance_type": "live_singer"}""".formatted(this.artistSlug))
			.json()
			.at("/data/id")
			.asString();
	}

	@Test
	void aDraftIsStaffsOnlyUntilPublishedAndACancelledEventStaysReadableByItsLink() {
		Instant start = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
		Reply created = create("Jazz Night " + this.tag, start, start.plus(3, ChronoUnit.HOURS), null, true);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		String id = created.json().at("/data/id").asString();
		String slug = created.json().at("/data/slug").asString();
		assertThat(slug).startsWith("jazz-night-" + this.tag + "-");
		assertThat(created.json().at("/data/publication").asString()).isEqualTo("draft");
		assertProblem(this.api.get("/api/v1/club/events/" + slug), 404, "NOT_FOUND");
		assertThat(slugs("/api/v1/club/events?venue=" + this.venueSlug)).doesNotContain(slug);

		Reply published = this.api.as(this.staff).post("/api/v1/club/admin/events/" + id + "/publish", null);
		assertThat(published.status()).as(published.toString()).isEqualTo(200);
		assertThat(slugs("/api/v1/club/events?venue=" + this.venueSlug)).contains(slug);
		assertProblem(this.api.as(this.staff).post("/api/v1/club/admin/events/" + id + "/publish", null), 409,
				"PUBLICATION_CONFLICT");

		assertThat(this.api.as(this.staff).post("/api/v1/club/admin/events/" + id + "/cancel", null).status())
			.isEqualTo(200);
		Reply cancelled = this.api.get("/api/v1/club/events/" + slug);
		assertThat(cancelled.status()).isEqualTo(200);
		assertThat(cancelled.json().at("/data/status").asString()).isEqualTo("cancelled");
		assertThat(slugs("/api/v1/club/events?venue=" + this.venueSlug)).doesNotContain(slug);
		assertProblem(this.api.as(this.staff).post("/api/v1/club/admin/events/" + id + "/publish", null), 409,
				"PUBLICATION_CONFLICT");
	}

	@Test
	void theStatusAndTheTimesInTheEventsZoneInSecondLifeTimeAndTheReaders() {
		Instant now = Instant.now();
		String live = publish(
				create("Live " + this.tag, now.minus(1, ChronoUnit.HOURS), now.plus(1, ChronoUnit.HOURS), null, false));
		String next = publish(
				create("Next " + this.tag, now.plus(2, ChronoUnit.HOURS), now.plus(4, ChronoUnit.HOURS), null, false));
		// a winter night in Rome: 22:00 there is 13:00 in Second Life
		Reply winter = create("Winter " + this.tag, Instant.parse("2030-01-15T21:00:00Z"),
				Instant.parse("2030-01-15T23:00:00Z"), "Europe/Rome", true);
		String winterSlug = publish(winter);
		JsonNode event = this.api.get("/api/v1/club/events/" + winterSlug + "?tz=Asia/Tokyo&lang=it")
			.json()
			.at("/data");
		assertThat(event.at("/starts_at").asString()).isEqualTo("2030-01-15T21:00:00Z");
		assertThat(event.at("/starts_at_local").asString()).isEqualTo("2030-01-15T22:00:00+01:00");
		assertThat(event.at("/starts_at_slt").asString()).isEqualTo("2030-01-15T13:00:00-08:00");
		assertThat(event.at("/starts_at_tz").asString()).isEqualTo("2030-01-16T06:00:00+09:00");
		assertThat(event.at("/venue/name").asString()).isEqualTo("Salone");
		assertThat(event.at("/artists/0/name").asString()).isEqualTo("Mira");
		assertThat(event.at("/artists/0/set_time").asString()).isEqualTo("22:30");
		assertThat(event.at("/status").asString()).isEqualTo("scheduled");

		assertThat(this.api.get("/api/v1/club/events/" + live).json().at("/data/status").asString()).isEqualTo("live");
		JsonNode here = null;
		for (JsonNode at : this.api.get("/api/v1/club/now").json().at("/data")) {
			if (at.at("/venue/slug").asString().equals(this.venueSlug)) {
				here = at;
			}
		}
		assertThat(here).isNotNull();
		assertThat(here.at("/live/0/slug").asString()).isEqualTo(live);
		assertThat(here.at("/next/slug").asString()).isEqualTo(next);
		assertProblem(this.api.get("/api/v1/club/events/" + live + "?tz=Mars/Olympus"), 422, "VALIDATION_FAILED");
	}

	@Test
	void anEventNamesItsVenueAndArtistAsTheyAreOnceRenamed() {
		Instant start = Instant.now().plus(5, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
		String slug = publish(create("Renamed " + this.tag, start, start.plus(2, ChronoUnit.HOURS), null, true));
		JsonNode before = this.api.get("/api/v1/club/events/" + slug).json().at("/data");
		assertThat(before.at("/venue/name").asString()).isEqualTo("Great Hall");
		assertThat(before.at("/artists/0/name").asString()).isEqualTo("Mira");

		Reply venue = this.api.as(this.staff)
			.put("/api/v1/club/admin/venues/" + this.venue, """
					{"slug": "%s", "capacity": 80, "mood": "warm", "sort_order": 1,
					 "texts": {"en": {"name": "Small Hall"}, "it": {"name": "Salotto"}}}""".formatted(this.venueSlug),
					"If-Match", "\"0\"");
		assertThat(venue.status()).as(venue.toString()).isEqualTo(200);
		Reply artist = this.api.as(this.staff)
			.put("/api/v1/club/admin/artists/" + this.artist, """
					{"slug": "%s", "name": "Mira Vale", "performance_type": "live_singer"}"""
				.formatted(this.artistSlug), "If-Match", "\"0\"");
		assertThat(artist.status()).as(artist.toString()).isEqualTo(200);

		JsonNode after = this.api.get("/api/v1/club/events/" + slug).json().at("/data");
		assertThat(after.at("/venue/name").asString()).isEqualTo("Small Hall");
		assertThat(after.at("/artists/0/name").asString()).isEqualTo("Mira Vale");
		JsonNode listed = this.api.get("/api/v1/club/events?venue=" + this.venueSlug + "&lang=it").json().at("/data/0");
		assertThat(listed.at("/venue/name").asString()).isEqualTo("Salotto");
	}

	@Test
	void theProgrammeIsFilteredAndPagedByStartWithAStableCursor() {
		Instant base = Instant.parse("2031-03-01T20:00:00Z");
		List<String> expected = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			expected.add(publish(create("Show " + i + " " + this.tag, base.plus(i, ChronoUnit.DAYS),
					base.plus(i, ChronoUnit.DAYS).plus(2, ChronoUnit.HOURS), null, i % 2 == 0)));
		}
		String filter = "/api/v1/club/events?venue=" + this.venueSlug + "&from=2031-03-01T00:00:00Z&per_page=2";
		List<String> seen = new ArrayList<>();
		String cursor = "";
		for (int page = 0; page < 5 && cursor != null; page++) {
			Reply reply = this.api.get(filter + "&cursor=" + cursor);
			assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
			reply.json().at("/data").forEach((e) -> seen.add(e.at("/slug").asString()));
			JsonNode next = reply.json().at("/meta/pagination/next_cursor");
			cursor = (next.isMissingNode() || next.isNull()) ? null : next.asString();
		}
		assertThat(seen).containsExactlyElementsOf(expected);
		assertThat(slugs(filter.replace("per_page=2", "per_page=100") + "&to=2031-03-03T00:00:00Z"))
			.containsExactlyElementsOf(expected.subList(0, 2));
		assertThat(slugs(filter.replace("per_page=2", "per_page=100") + "&artist=" + this.artistSlug))
			.containsExactly(expected.get(0), expected.get(2), expected.get(4));
		assertThat(slugs("/api/v1/club/events?venue=no-such-venue-" + this.tag)).isEmpty();
		assertProblem(this.api.get("/api/v1/club/events?from=yesterday"), 422, "VALIDATION_FAILED");
		assertProblem(this.api.get("/api/v1/club/events?type=opera"), 422, "VALIDATION_FAILED");
		assertProblem(this.api.get("/api/v1/club/events?cursor=not-a-cursor"), 422, "INVALID_CURSOR");
	}

	@Test
	void refusedEventsChangeNothingAndWhatIsBilledCannotBeDeleted() {
		Instant start = Instant.parse("2032-05-01T20:00:00Z");
		Reply bad = this.api.as(this.staff)
			.post("/api/v1/club/admin/events",
					"""
							{"type": "jam", "venue_id": "%s", "starts_at": "2032-05-01T20:00:00Z", "ends_at": "2032-05-01T19:00:00Z",
							 "texts": {"en": {"title": ""}}}"""
						.formatted(this.venue));
		assertProblem(bad, 422, "VALIDATION_FAILED");
		Reply rules = this.api.as(this.staff)
			.post("/api/v1/club/admin/events",
					"""
							{"type": "special", "venue_id": "%s", "starts_at": "2032-05-01T20:00:00Z", "ends_at": "2032-05-03T20:00:00Z",
							 "time_zone": "Europe/Atlantis", "texts": {"fr": {"title": "Seulement"}},
							 "artists": [{"artist_id": "%s"}, {"artist_id": "%s"}, {"artist_id": "%s", "set_time": "25:00"}]}"""
						.formatted(UUID.randomUUID(), this.artist, this.artist, UUID.randomUUID()));
		assertProblem(rules, 422, "VALIDATION_FAILED");
		JsonNode errors = rules.json().at("/errors");
		assertThat(errors.has("ends_at") || errors.has("artists[2].set_time")).as(rules.toString()).isTrue();
		Reply semantic = this.api.as(this.staff)
			.post("/api/v1/club/admin/events",
					"""
							{"type": "special", "venue_id": "%s", "starts_at": "2032-05-01T20:00:00Z", "ends_at": "2032-05-03T20:00:00Z",
							 "time_zone": "Europe/Atlantis", "texts": {"fr": {"title": "Seulement"}},
							 "artists": [{"artist_id": "%s"}, {"artist_id": "%s"}]}"""
						.formatted(UUID.randomUUID(), this.artist, this.artist));
		assertProblem(semantic, 422, "VALIDATION_FAILED");
		assertThat(semantic.json().at("/errors").propertyNames()).as(semantic.toString())
			.contains("ends_at", "time_zone", "texts.en", "venue_id", "artists[1].artist_id");
		assertThat(this.api.as(this.staff).get("/api/v1/club/admin/events?per_page=100").body())
			.doesNotContain("Seulement");

		String id = create("Billed " + this.tag, start, start.plus(2, ChronoUnit.HOURS), null, true).json()
			.at("/data/id")
			.asString();
		assertProblem(this.api.as(this.staff).delete("/api/v1/club/admin/artists/" + this.artist), 409,
				"ARTIST_BILLED");
		assertProblem(this.api.as(this.staff).delete("/api/v1/club/admin/venues/" + this.venue), 409,
				"VENUE_HAS_EVENTS");
		assertProblem(
				this.api.as(this.accounts.create("user")).post("/api/v1/club/admin/events/" + id + "/publish", null),
				403, "FORBIDDEN");
		assertThat(this.api.as(this.staff).delete("/api/v1/club/admin/events/" + id).status()).isEqualTo(204);
		assertThat(this.api.as(this.staff).delete("/api/v1/club/admin/artists/" + this.artist).status()).isEqualTo(204);
	}

	private Reply create(String title, Instant start, Instant end, @org.jspecify.annotations.Nullable String zone,
			boolean billed) {
		String artists = billed ? ", \"artists\": [{\"artist_id\": \"" + this.artist + "\", \"set_time\": \"22:30\"}]"
				: "";
		String tz = (zone != null) ? ", \"time_zone\": \"" + zone + "\"" : "";
		return this.api.as(this.staff)
			.post("/api/v1/club/admin/events", """
					{"type": "live_singer", "venue_id": "%s", "starts_at": "%s", "ends_at": "%s"%s%s,
					 "texts": {"en": {"title": "%s", "description": "An *evening*"}, "it": {"title": "%s (it)"}}}"""
				.formatted(this.venue, start, end, tz, artists, title, title));
	}

	private String publish(Reply created) {
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		String id = created.json().at("/data/id").asString();
		Reply published = this.api.as(this.staff).post("/api/v1/club/admin/events/" + id + "/publish", null);
		assertThat(published.status()).as(published.toString()).isEqualTo(200);
		return created.json().at("/data/slug").asString();
	}

	private List<String> slugs(String path) {
		Reply reply = this.api.get(path);
		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
		List<String> slugs = new ArrayList<>();
		reply.json().at("/data").forEach((e) -> slugs.add(e.at("/slug").asString()));
		return slugs;
	}

}
