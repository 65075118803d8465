package io.hearth.club;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.hearth.platform.SearchTokens;
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
 * {@code q} on the programme and the artists, through the platform's search port, on
 * every database: word prefixes of the text in the request's language (its fallback
 * included), all words required, other filters still applying, no stale match after an
 * edit or a delete, suggestions for a search that found nothing, and a reindex that
 * brings back what lost its search text.
 */
class ClubSearchSystemTest extends ApiSystemTest {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ClubSearchReindex reindex;

	Account staff;

	String tag;

	String venue;

	String venueSlug;

	@BeforeEach
	void venue() {
		this.staff = this.accounts.create("staff");
		// a word of its own, so that each test sees its events only
		this.tag = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 9).toLowerCase(Locale.ROOT);
		this.venueSlug = "cellar-" + this.tag;
		this.venue = this.api.as(this.staff)
			.post("/api/v1/club/admin/venues",
					"""
							{"slug": "%s", "capacity": 80, "mood": "warm", "texts": {"en": {"name": "Cellar"}}}"""
						.formatted(this.venueSlug))
			.json()
			.at("/data/id")
			.asString();
	}

	@Test
	void wordPrefixesOfTheTextInTheRequestsLanguageWithItsFallback() {
		String both = event("Moonlight Serenade " + this.tag, "A slow *waltz*",
				"Serenata al chiaro di luna " + this.tag, "Un valzer lento, caffè incluso");
		String english = event("Thunder Drums " + this.tag, null, null, null);

		assertThat(search("serenata " + this.tag, "it")).containsExactly(both);
		assertThat(search("serenata " + this.tag, "en")).isEmpty();
		assertThat(search("moonl " + this.tag, "en")).containsExactly(both);
		assertThat(search("light " + this.tag, "en")).as("an infix is not a word start").isEmpty();
		assertThat(search("WALTZ " + this.tag, "en")).containsExactly(both);
		assertThat(search("CAFFE " + this.tag, "it")).as("accents and case do not matter").containsExactly(both);
		// the Italian reader is shown the English title of an event without Italian text
		assertThat(search("thunder " + this.tag, "it")).containsExactly(english);
		assertThat(search(this.tag, "en")).containsExactlyInAnyOrder(both, english);
		assertThat(search("thunder moonlight " + this.tag, "en")).as("every word is required").isEmpty();
		assertThat(search(this.tag + "&venue=" + this.venueSlug, "en")).hasSize(2);
		assertThat(search(this.tag + "&venue=cellar-other-" + this.tag, "en")).isEmpty();
		assertThat(search(this.tag + "&featured=true", "en")).isEmpty();
		assertProblem(this.api.get("/api/v1/club/events?q=a1+b2+c3+d4+e5+f6+g7+h8+i9"), 422, "VALIDATION_FAILED");
	}

	@Test
	void anEditedOrDeletedEventLeavesNoStaleMatch() {
		Reply created = create("Velvet Hour " + this.tag, null, null, null);
		String id = created.json().at("/data/id").asString();
		String slug = publish(created);
		assertThat(search("velvet " + this.tag, "en")).containsExactly(slug);

		Reply current = this.api.as(this.staff).get("/api/v1/club/admin/events/" + id);
		String start = current.json().at("/data/starts_at").asString();
		String end = current.json().at("/data/ends_at").asString();
		Reply edited = this.api.as(this.staff)
			.put("/api/v1/club/admin/events/" + id, """
					{"slug": "%s", "type": "live_singer", "venue_id": "%s", "starts_at": "%s", "ends_at": "%s",
					 "texts": {"en": {"title": "Copper Hour %s"}}}""".formatted(slug, this.venue, start, end, this.tag),
					"If-Match", current.header("ETag"));
		assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
		assertThat(search("velvet " + this.tag, "en")).isEmpty();
		assertThat(search("copper " + this.tag, "en")).containsExactly(slug);

		Reply fresh = this.api.as(this.staff).get("/api/v1/club/admin/events/" + id);
		assertThat(this.api.as(this.staff)
			.delete("/api/v1/club/admin/events/" + id, "If-Match", fresh.header("ETag"))
			.status()).isEqualTo(204);
		assertThat(search("copper " + this.tag, "en")).isEmpty();
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM club_search_texts WHERE row_id = ?", Integer.class,
				UUID.fromString(id)))
			.isZero();
	}

	@Test
	void aSearchThatFindsNothingSuggestsWordsOneEditAway() {
		event("Xylophonic Nights " + this.tag, null, null, null);
		Reply nothing = this.api.get("/api/v1/club/events?lang=en&q=xylophonik");
		assertThat(nothing.status()).as(nothing.toString()).isEqualTo(200);
		assertThat(nothing.json().at("/data").size()).isZero();
		List<String> words = new ArrayList<>();
		nothing.json().at("/meta/suggestions").forEach((w) -> words.add(w.asString()));
		assertThat(words).contains("xylophonic");
	}

	@Test
	void artistsAreFoundByNameSecondLifeNameAndBiographyInTheLanguage() {
		Reply artist = this.api.as(this.staff)
			.post("/api/v1/club/admin/artists", """
					{"slug": "aurora-%s", "name": "Aurora Vale", "avatar_name": "AuroraResident %s",
					 "performance_type": "live_singer",
					 "bios": {"en": "Sings *torch songs*.", "it": "Canta canzoni d'amore."}}""".formatted(this.tag,
					this.tag));
		assertThat(artist.status()).as(artist.toString()).isEqualTo(201);
		assertThat(artists("aurora " + this.tag, "en")).containsExactly("aurora-" + this.tag);
		assertThat(artists("auroraresident " + this.tag, "en")).containsExactly("aurora-" + this.tag);
		assertThat(artists("torch " + this.tag, "en")).containsExactly("aurora-" + this.tag);
		assertThat(artists("torch " + this.tag, "it")).isEmpty();
		assertThat(artists("canzoni " + this.tag, "it")).containsExactly("aurora-" + this.tag);
		assertThat(artists("canzoni " + this.tag + "&performance_type=dj", "it")).isEmpty();
	}

	@Test
	void aReindexBringsBackWhatLostItsSearchText() {
		String slug = event("Lantern Parade " + this.tag, null, null, null);
		UUID id = UUID.fromString(this.api.get("/api/v1/club/events/" + slug).json().at("/data/id").asString());
		this.jdbc.update(
				"DELETE FROM club_search_terms WHERE row_id IN (SELECT id FROM club_search_texts WHERE row_id = ?)",
				id);
		this.jdbc.update("DELETE FROM club_search_texts WHERE row_id = ?", id);
		this.jdbc.update("UPDATE club_events SET search_version = 0 WHERE id = ?", id);
		assertThat(search("lantern " + this.tag, "en")).isEmpty();
		assertThat(this.reindex.stale()).isPositive();

		while (this.reindex.reindexBatch() > 0) {
			// batch by batch, as the command and the job do
		}
		assertThat(this.reindex.stale()).isZero();
		assertThat(search("lantern " + this.tag, "en")).containsExactly(slug);
		assertThat(this.jdbc.queryForObject("SELECT search_version FROM club_events WHERE id = ?", Integer.class, id))
			.isEqualTo(SearchTokens.VERSION);
	}

	private List<String> search(String q, String lang) {
		Reply reply = this.api.get("/api/v1/club/events?per_page=100&lang=" + lang + "&q=" + q.replace(' ', '+'));
		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
		List<String> slugs = new ArrayList<>();
		reply.json().at("/data").forEach((e) -> slugs.add(e.at("/slug").asString()));
		return slugs;
	}

	private List<String> artists(String q, String lang) {
		Reply reply = this.api.get("/api/v1/club/artists?per_page=100&lang=" + lang + "&q=" + q.replace(' ', '+'));
		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
		List<String> slugs = new ArrayList<>();
		reply.json().at("/data").forEach((e) -> slugs.add(e.at("/slug").asString()));
		return slugs;
	}

	private String event(String en, @org.jspecify.annotations.Nullable String enDescription,
			@org.jspecify.annotations.Nullable String it, @org.jspecify.annotations.Nullable String itDescription) {
		return publish(create(en, enDescription, it, itDescription));
	}

	private Reply create(String en, @org.jspecify.annotations.Nullable String enDescription,
			@org.jspecify.annotations.Nullable String it, @org.jspecify.annotations.Nullable String itDescription) {
		Instant start = Instant.now().plus(5, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
		String texts = "\"en\": {\"title\": \"" + en + "\""
				+ ((enDescription != null) ? ", \"description\": \"" + enDescription + "\"" : "") + "}"
				+ ((it != null)
						? ", \"it\": {\"title\": \"" + it + "\""
								+ ((itDescription != null) ? ", \"description\": \"" + itDescription + "\"" : "") + "}"
						: "");
		return this.api.as(this.staff)
			.post("/api/v1/club/admin/events", """
					{"type": "live_singer", "venue_id": "%s", "starts_at": "%s", "ends_at": "%s", "texts": {%s}}"""
				.formatted(this.venue, start, start.plus(2, ChronoUnit.HOURS), texts));
	}

	private String publish(Reply created) {
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		String id = created.json().at("/data/id").asString();
		Reply published = this.api.as(this.staff).post("/api/v1/club/admin/events/" + id + "/publish", null);
		assertThat(published.status()).as(published.toString()).isEqualTo(200);
		return created.json().at("/data/slug").asString();
	}

}
