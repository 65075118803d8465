package io.hearth.club;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import io.hearth.support.Api.Part;
import io.hearth.support.Api.Reply;
import io.hearth.support.ApiSystemTest;
import io.hearth.support.TestAccounts.Account;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import static io.hearth.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The club's pictures through the files module: a venue's hero replaced and its gallery
 * in order, an artist's and a poster, on the public views with signed URLs that serve the
 * variants signed out; refused uploads storing nothing; staff only; a deleted venue
 * taking its pictures along.
 */
@TestPropertySource(properties = "hearth.jobs.enabled=true")
@DirtiesContext
class ClubImagesSystemTest extends ApiSystemTest {

	@Autowired
	JdbcTemplate jdbc;

	Account staff;

	String venue;

	String venueSlug;

	@BeforeEach
	void venue() {
		this.staff = this.accounts.create("staff");
		this.venueSlug = "gallery-" + UUID.randomUUID().toString().substring(0, 8);
		this.venue = this.api.as(this.staff)
			.post("/api/v1/club/admin/venues",
					"""
							{"slug": "%s", "capacity": 80, "mood": "warm", "texts": {"en": {"name": "Gallery"}}}"""
						.formatted(this.venueSlug))
			.json()
			.at("/data/id")
			.asString();
	}

	@Test
	void aVenuesHeroIsReplacedItsGalleryKeptInOrderAndBothServedSignedOut() throws Exception {
		Reply first = upload("venues", this.venue, "hero", "alpha.png");
		assertThat(first.status()).as(first.toString()).isEqualTo(201);
		String firstHero = first.json().at("/data/main/id").asString();
		Reply second = upload("venues", this.venue, "hero", "rotated.jpg");
		String hero = second.json().at("/data/main/id").asString();
		assertThat(hero).isNotEqualTo(firstHero);
		assertThat(count(firstHero)).as("the replaced hero is gone").isZero();
		String g1 = upload("venues", this.venue, "gallery", "small.gif").json().at("/data/gallery/0/id").asString();
		Reply both = upload("venues", this.venue, "gallery", "small.webp");
		assertThat(both.json().at("/data/gallery").size()).isEqualTo(2);
		assertThat(both.json().at("/data/gallery/0/id").asString()).isEqualTo(g1);

		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.api.get("/api/v1/club/venues/" + this.venueSlug)
				.json()
				.at("/data/hero_image/status")
				.asString()
				.equals("ready"));
		JsonNode view = this.api.get("/api/v1/club/venues/" + this.venueSlug).json().at("/data");
		assertThat(view.at("/hero_image/id").asString()).isEqualTo(hero);
		assertThat(view.at("/gallery").size()).isEqualTo(2);
		HttpResponse<byte[]> served = this.api.bytes(view.at("/hero_image/urls/medium").asString());
		assertThat(served.statusCode()).isEqualTo(200);
		assertThat(served.headers().firstValue("Content-Type")).hasValue("image/jpeg");

		Reply removed = this.api.as(this.staff).delete("/api/v1/club/admin/venues/" + this.venue + "/images/" + g1);
		assertThat(removed.status()).as(removed.toString()).isEqualTo(200);
		assertThat(removed.json().at("/data/gallery").size()).isEqualTo(1);
		assertProblem(this.api.as(this.staff).delete("/api/v1/club/admin/venues/" + this.venue + "/images/" + g1), 404,
				"NOT_FOUND");

		Reply current = this.api.as(this.staff).get("/api/v1/club/admin/venues/" + this.venue);
		assertThat(this.api.as(this.staff)
			.delete("/api/v1/club/admin/venues/" + this.venue, "If-Match", current.header("ETag"))
			.status()).isEqualTo(204);
		assertThat(count(hero)).as("a deleted venue's pictures go with it").isZero();
	}

	@Test
	void aPublicViewKeptWhileThePictureWasProcessingIsMadeAgainOnceItIsReady() throws Exception {
		String hero = upload("venues", this.venue, "hero", "rotated.jpg").json().at("/data/main/id").asString();
		// kept for ClubAnswers.SECONDS unless something says the club changed
		this.api.get("/api/v1/club/venues/" + this.venueSlug);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> "ready".equals(this.jdbc.queryForObject("SELECT status FROM stored_files WHERE id = ?",
					String.class, UUID.fromString(hero))));

		await().atMost(Duration.ofSeconds(ClubAnswers.SECONDS / 3))
			.until(() -> this.api.get("/api/v1/club/venues/" + this.venueSlug)
				.json()
				.at("/data/hero_image/status")
				.asString()
				.equals("ready"));
	}

	@Test
	void anArtistsPictureAndAnEventsPosterShowOnTheirViews() throws Exception {
		String slug = "painted-" + UUID.randomUUID().toString().substring(0, 8);
		String artist = this.api.as(this.staff)
			.post("/api/v1/club/admin/artists", """
					{"slug": "%s", "name": "Painted", "performance_type": "dj"}""".formatted(slug))
			.json()
			.at("/data/id")
			.asString();
		String picture = upload("artists", artist, "profile", "alpha.png").json().at("/data/main/id").asString();
		assertThat(this.api.get("/api/v1/club/artists/" + slug).json().at("/data/profile_image/id").asString())
			.isEqualTo(picture);

		Instant start = Instant.now().plus(4, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
		Reply event = this.api.as(this.staff)
			.post("/api/v1/club/admin/events",
					"""
							{"type": "dj_set", "venue_id": "%s", "starts_at": "%s", "ends_at": "%s", "texts": {"en": {"title": "Poster Night"}}}"""
						.formatted(this.venue, start, start.plus(2, ChronoUnit.HOURS)));
		String eventId = event.json().at("/data/id").asString();
		this.api.as(this.staff).post("/api/v1/club/admin/events/" + eventId + "/publish", null);
		String poster = upload("events", eventId, "poster", "small.gif").json().at("/data/main/id").asString();
		JsonNode listed = this.api.get("/api/v1/club/events?venue=" + this.venueSlug).json().at("/data/0");
		assertThat(listed.at("/poster_image/id").asString()).isEqualTo(poster);
		assertThat(listed.at("/poster_image/urls/thumbnail").asString()).contains("signature=");
	}

	@Test
	void refusedUploadsStoreNothingAndOnlyStaffUpload() throws Exception {
		assertProblem(upload("venues", this.venue, "hero", "fake.jpg"), 415, "UNSUPPORTED_MEDIA_TYPE");
		assertProblem(upload("venues", this.venue, "poster", "alpha.png"), 404, "NOT_FOUND");
		assertProblem(upload("venues", UUID.randomUUID().toString(), "hero", "alpha.png"), 404, "NOT_FOUND");
		assertProblem(upload("rooms", this.venue, "hero", "alpha.png"), 404, "NOT_FOUND");
		assertProblem(this.api.multipart("/api/v1/club/admin/venues/" + this.venue + "/images/hero",
				List.of(Part.file("picture", "a.png", image("alpha.png"))), "Authorization", this.staff.bearer()), 422,
				"VALIDATION_FAILED");
		Account user = this.accounts.create("user");
		assertProblem(
				this.api.multipart("/api/v1/club/admin/venues/" + this.venue + "/images/hero",
						List.of(Part.file("image", "a.png", image("alpha.png"))), "Authorization", user.bearer()),
				403, "FORBIDDEN");
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM club_images WHERE target_id = ?", Integer.class,
				UUID.fromString(this.venue)))
			.isZero();
		assertThat(this.api.get("/api/v1/club/venues/" + this.venueSlug).json().at("/data/hero_image").isNull())
			.isTrue();
	}

	private Reply upload(String owner, String id, String role, String image) throws IOException {
		return this.api.multipart("/api/v1/club/admin/" + owner + "/" + id + "/images/" + role,
				List.of(Part.file("image", image, image(image))), "Authorization", this.staff.bearer());
	}

	private int count(String fileId) {
		Integer n = this.jdbc.queryForObject("SELECT COUNT(*) FROM club_images WHERE file_id = ?", Integer.class,
				UUID.fromString(fileId));
		return (n != null) ? n : 0;
	}

	private static byte[] image(String name) throws IOException {
		try (InputStream in = ClubImagesSystemTest.class.getResourceAsStream("/images/" + name)) {
			return in.readAllBytes();
		}
	}

}
