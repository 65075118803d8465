package io.hearth.club;

import java.util.UUID;

import io.hearth.support.Api.Reply;
import io.hearth.support.ApiSystemTest;
import io.hearth.support.TestAccounts.Account;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.hearth.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The club's venues and artists over HTTP: written by staff in several languages at once,
 * read by anyone in one (asked by {@code ?lang=} or {@code Accept-Language}, falling back
 * to the default), Markdown rendered and sanitised, cacheable, and refused input changing
 * nothing.
 */
class ClubSystemTest extends ApiSystemTest {

	Account staff;

	String slug;

	@BeforeEach
	void staffMember() {
		this.staff = this.accounts.create("staff");
		this.slug = "cave-" + UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void aVenueIsReadInTheAskedLanguageOrTheDefaultAndSaysWhichItIsIn() {
		Reply created = createVenue(this.slug, 10);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		assertThat(created.header("Location"))
			.endsWith("/api/v1/club/admin/venues/" + created.json().at("/data/id").asString());

		Reply italian = this.api.get("/api/v1/club/venues/" + this.slug, "Accept-Language", "it-IT,it;q=0.9,en;q=0.5");
		assertThat(italian.status()).isEqualTo(200);
		assertThat(italian.json().at("/data/name").asString()).isEqualTo("La Grotta");
		assertThat(italian.json().at("/data/language").asString()).isEqualTo("it");
		assertThat(italian.header("Content-Language")).isEqualTo("it");
		assertThat(italian.headers().allValues("Vary"))
			.anySatisfy((vary) -> assertThat(vary).contains("Accept-Language"));
		assertThat(italian.header("Cache-Control")).contains("public");

		// no French text: the default language's, and it says so
		Reply french = this.api.get("/api/v1/club/venues/" + this.slug + "?lang=fr");
		assertThat(french.json().at("/data/name").asString()).isEqualTo("The Cave");
		assertThat(french.json().at("/data/language").asString()).isEqualTo("en");
		assertThat(french.header("Content-Language")).isEqualTo("fr");
		// an unknown preference is no preference
		assertThat(this.api.get("/api/v1/club/venues/" + this.slug, "Accept-Language", "de-DE,;;q=x")
			.json()
			.at("/data/language")
			.asString()).isEqualTo("en");
		assertProblem(this.api.get("/api/v1/club/venues/" + this.slug + "?lang=de"), 422, "VALIDATION_FAILED");
	}

	@Test
	void descriptionsAreMarkdownRenderedAndSanitised() {
		createVenue(this.slug, 10);
		Reply venue = this.api.get("/api/v1/club/venues/" + this.slug + "?lang=en");
		String html = venue.json().at("/data/description_html").asString();
		assertThat(html).contains("<strong>deep</strong>", "href=\"https://example.com/map\"");
		// the sanitiser writes both tokens, in no fixed order
		assertThat(html).containsPattern("rel=\"(nofollow noopener|noopener nofollow)\"");
		// raw HTML in the source is shown as text, never as markup
		assertThat(html).contains("&lt;script&gt;").doesNotContain("<script", "<img", "javascript:");
		assertThat(venue.json().at("/data/description").asString()).contains("**deep**");
	}

	@Test
	void anUnchangedReadIsNotModifiedAndAChangeIsSeen() {
		String id = createVenue(this.slug, 10).json().at("/data/id").asString();
		Reply first = this.api.get("/api/v1/club/venues/" + this.slug);
		String etag = first.header("ETag");
		assertThat(etag).isNotNull();
		assertThat(this.api.get("/api/v1/club/venues/" + this.slug, "If-None-Match", etag).status()).isEqualTo(304);
		assertThat(this.api.get("/api/v1/club/venues/" + this.slug + "?lang=it", "If-None-Match", etag).status())
			.as("another language is other content")
			.isEqualTo(200);
		Reply updated = this.api.as(this.staff)
			.put("/api/v1/club/admin/venues/" + id, venueBody(this.slug, 20, "The Deep Cave"), "If-Match", "\"0\"");
		assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
		Reply changed = this.api.get("/api/v1/club/venues/" + this.slug, "If-None-Match", etag);
		assertThat(changed.status()).isEqualTo(200);
		assertThat(changed.json().at("/data/name").asString()).isEqualTo("The Deep Cave");
		assertThat(changed.json().at("/data/capacity").asInt()).isEqualTo(20);
		assertProblem(
				this.api.as(this.staff)
					.put("/api/v1/club/admin/venues/" + id, venueBody(this.slug, 30, "Stale"), "If-Match", "\"0\""),
				412, "PRECONDITION_FAILED");
	}

	@Test
	void venuesAreListedActiveOnlyBySortOrderThenName() {
		String later = this.slug + "-b";
		String first = this.slug + "-a";
		String hidden = this.slug + "-c";
		this.api.as(this.staff).post("/api/v1/club/admin/venues", venue(later, 5, "Zeta " + this.slug, true));
		this.api.as(this.staff).post("/api/v1/club/admin/venues", venue(first, 5, "Alpha " + this.slug, true));
		this.api.as(this.staff).post("/api/v1/club/admin/venues", venue(hidden, 1, "Hidden " + this.slug, false));
		Reply list = this.api.get("/api/v1/club/venues");
		java.util.List<String> slugs = new java.util.ArrayList<>();
		list.json().at("/data").forEach((v) -> slugs.add(v.get("slug").asString()));
		assertThat(slugs).containsSubsequence(first, later).doesNotContain(hidden);
		assertProblem(this.api.get("/api/v1/club/venues/" + hidden), 404, "NOT_FOUND");
	}

	@Test
	void onlyStaffWriteAndRefusedInputChangesNothing() {
		Account member = this.accounts.create("user");
		assertProblem(this.api.as(member).post("/api/v1/club/admin/venues", venueBody(this.slug, 10, "Mine")), 403,
				"FORBIDDEN");
		assertProblem(this.api.post("/api/v1/club/admin/venues", venueBody(this.slug, 10, "Mine")), 401,
				"UNAUTHENTICATED");
		Reply bad = this.api.as(this.staff)
			.post("/api/v1/club/admin/venues",
					"""
							{"slug": "Not A Slug", "capacity": 0, "mood": "cosmic", "colours": {"primary": "red"},
							 "slurl": "http://elsewhere.example", "texts": {"it": {"name": "Solo italiano"}, "de": {"name": "Nein"}}}""");
		assertProblem(bad, 422, "VALIDATION_FAILED");
		assertThat(bad.json().at("/errors").has("slug")).isTrue();
		assertThat(bad.json().at("/errors").has("capacity")).isTrue();
		assertThat(bad.json().at("/errors").has("colours.primary")).as(bad.toString()).isTrue();
		assertThat(bad.json().at("/errors").has("slurl")).isTrue();
		Reply noDefault = this.api.as(this.staff)
			.post("/api/v1/club/admin/venues",
					"""
							{"slug": "%s", "capacity": 5, "mood": "warm", "texts": {"it": {"name": "Solo italiano"}, "de": {"name": "Nein"}}}"""
						.formatted(this.slug));
		assertProblem(noDefault, 422, "VALIDATION_FAILED");
		assertThat(noDefault.json().at("/errors").has("texts.en")).as(noDefault.toString()).isTrue();
		assertThat(noDefault.json().at("/errors").has("texts.de")).isTrue();
		assertProblem(this.api.as(this.staff)
			.post("/api/v1/club/admin/venues", """
					{"slug": "%s", "capacity": 5, "mood": "gloomy", "texts": {"en": {"name": "X"}}}"""
				.formatted(this.slug)), 422, "VALIDATION_FAILED");
		assertProblem(this.api.get("/api/v1/club/venues/" + this.slug), 404, "NOT_FOUND");

		assertThat(createVenue(this.slug, 10).status()).isEqualTo(201);
		assertProblem(createVenue(this.slug, 10), 409, "SLUG_TAKEN");
	}

	@Test
	void artistsAreFilteredByKindAndFeaturedWithTheirBiographyInTheAskedLanguage() {
		String singer = this.slug + "-singer";
		String dj = this.slug + "-dj";
		Reply created = this.api.as(this.staff).post("/api/v1/club/admin/artists", """
				{"slug": "%s", "name": "Aria %s", "avatar_name": "aria.resident", "performance_type": "live_singer",
				 "is_featured": true, "bios": {"en": "Sings *jazz*", "es": "Canta *jazz*"},
				 "links": [{"url": "https://aria.example", "label": "Site"}]}""".formatted(singer, this.slug));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		this.api.as(this.staff).post("/api/v1/club/admin/artists", """
				{"slug": "%s", "name": "Beat %s", "performance_type": "dj"}""".formatted(dj, this.slug));

		Reply spanish = this.api.get("/api/v1/club/artists/" + singer, "Accept-Language", "es-ES");
		assertThat(spanish.json().at("/data/bio").asString()).isEqualTo("Canta *jazz*");
		assertThat(spanish.json().at("/data/bio_html").asString()).contains("<em>jazz</em>");
		assertThat(spanish.json().at("/data/links/0/url").asString()).isEqualTo("https://aria.example");

		Reply djs = this.api.get("/api/v1/club/artists?performance_type=dj&per_page=100");
		java.util.List<String> slugs = new java.util.ArrayList<>();
		djs.json().at("/data").forEach((a) -> slugs.add(a.get("slug").asString()));
		assertThat(slugs).contains(dj).doesNotContain(singer);
		Reply featured = this.api.get("/api/v1/club/artists?featured=true&per_page=100");
		assertThat(featured.body()).contains(singer).doesNotContain(dj);
		assertProblem(this.api.get("/api/v1/club/artists?performance_type=opera"), 422, "VALIDATION_FAILED");

		Reply bad = this.api.as(this.staff).post("/api/v1/club/admin/artists", """
				{"slug": "%s-x", "name": "X", "performance_type": "dj", "bios": {"xx": "?"},
				 "links": [{"url": "javascript:alert(1)"}]}""".formatted(this.slug));
		assertProblem(bad, 422, "VALIDATION_FAILED");
		assertProblem(this.api.get("/api/v1/club/artists/" + this.slug + "-x"), 404, "NOT_FOUND");
	}

	private Reply createVenue(String slug, int capacity) {
		return this.api.as(this.staff).post("/api/v1/club/admin/venues", venueBody(slug, capacity, "The Cave"));
	}

	private static String venueBody(String slug, int capacity, String name) {
		return """
				{"slug": "%s", "capacity": %d, "mood": "cosmic",
				 "colours": {"primary": "#112233", "secondary": "#445566", "accent": "#778899", "dark": "#000000"},
				 "slurl": "secondlife://Dreamers/128/128/22", "sort_order": 3,
				 "texts": {
				   "en": {"name": "%s", "tagline": "Under the stars",
				          "description": "A **deep** room. [Map](https://example.com/map) <script>alert(1)</script> <img src=x onerror=alert(1)> [x](javascript:alert(1))"},
				   "it": {"name": "La Grotta", "tagline": "Sotto le stelle"}}}"""
			.formatted(slug, capacity, name);
	}

	private static String venue(String slug, int sortOrder, String name, boolean active) {
		return """
				{"slug": "%s", "capacity": 10, "mood": "warm", "sort_order": %d, "is_active": %s,
				 "texts": {"en": {"name": "%s"}}}""".formatted(slug, sortOrder, active, name);
	}

}
