package io.hearth;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import io.hearth.support.Api.Part;
import io.hearth.support.Api.Reply;
import io.hearth.support.Api;
import io.hearth.support.ApiSystemTest;
import io.hearth.support.SiteFixture;
import io.hearth.support.TestAccounts.Account;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Deleting a user reaches every module through {@code UserDeleted}: their collection,
 * their stored photos (rows and bytes), their site memberships, analyses and credits are
 * gone, and nobody else's are touched.
 */
@TestPropertySource(properties = "hearth.jobs.enabled=true")
@DirtiesContext
class UserDeletionSystemTest extends ApiSystemTest {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void shouldRemoveADeletedUsersItemsPhotosAndMemberships() throws Exception {
		SiteFixture sites = new SiteFixture(this.api);
		Api api = sites.api;
		Account doomed = sites.member(sites.site, "editor");
		Account kept = sites.member(sites.site, "editor");
		UUID doomedFile = itemWithPhoto(api, doomed);
		UUID keptFile = itemWithPhoto(api, kept);
		await().atMost(Duration.ofSeconds(30)).until(() -> stored(keptFile) && stored(doomedFile));
		Reply analysis = api.post("/api/v1/planning/analyses",
				"{\"idea\": \"A repair shop for old radios and record players\", \"industry\": \"Repair\","
						+ " \"target_market\": \"Collectors\", \"country\": \"IT\", \"language\": \"en\", \"tier\": \"free\"}",
				"Authorization", doomed.bearer());
		assertThat(analysis.status()).as(analysis.toString()).isEqualTo(201);
		Reply granted = api.post("/api/v1/planning/admin/users/" + doomed.id() + "/credits",
				"{\"amount\": 5, \"reason\": \"welcome\"}", "Authorization", sites.admin);
		assertThat(granted.status()).as(granted.toString()).isEqualTo(201);

		Reply deleted = api.delete("/api/v1/admin/users/" + doomed.id(), "Authorization", sites.admin);
		assertThat(deleted.status()).as(deleted.toString()).isEqualTo(204);

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(List.of(count("stored_files where owner_id = ?", doomed.id()),
					count("items where owner_id = ?", doomed.id()), count("categories where owner_id = ?", doomed.id()),
					count("site_members where user_id = ?", doomed.id()), stored(doomedFile) ? 1L : 0L,
					count("planning_analyses where owner_id = ?", doomed.id()),
					count("planning_tabs t where t.analysis_id = ?",
							UUID.fromString(analysis.json().at("/data/id").asString())),
					count("planning_credit_entries where user_id = ?", doomed.id())))
				.as("files, items, categories, memberships, bytes on disk, analyses, tabs, credits")
				.containsOnly(0L));
		assertThat(stored(keptFile)).isTrue();
		assertThat(count("items where owner_id = ?", kept.id())).isEqualTo(1);
		assertThat(count("site_members where user_id = ?", kept.id())).isEqualTo(1);
		Reply keptPhoto = api.get("/api/v1/files/" + keptFile + "/thumbnail", "Authorization", kept.bearer());
		assertThat(keptPhoto.status()).isEqualTo(200);
	}

	private UUID itemWithPhoto(Api api, Account owner) throws Exception {
		Reply category = api.post("/api/v1/collections/categories", "{\"name\": \"Boxes\", \"fields\": []}",
				"Authorization", owner.bearer());
		assertThat(category.status()).as(category.toString()).isEqualTo(201);
		byte[] png;
		try (InputStream in = getClass().getResourceAsStream("/images/alpha.png")) {
			png = in.readAllBytes();
		}
		Reply item = api
			.multipart(
					"/api/v1/collections/items", List.of(
							Part.text("data",
									"{\"name\": \"Box\", \"category_id\": \""
											+ category.json().at("/data/id").asString() + "\"}"),
							Part.file("photos", "box.png", png)),
					"Authorization", owner.bearer());
		assertThat(item.status()).as(item.toString()).isEqualTo(201);
		// the signed URL is the only place the API names the file:
		// /api/v1/files/{id}/thumbnail?...
		String url = item.json().at("/data/photos/0/urls/thumbnail").asString();
		return UUID.fromString(url.replaceFirst(".*/files/([^/]+)/.*", "$1"));
	}

	/** The variants are written by a job: true once the thumbnail's bytes are on disk. */
	private boolean stored(UUID fileId) {
		String id = fileId.toString();
		return Files.exists(Path.of("target/test-data/files", id.substring(id.length() - 2), id, "thumbnail"));
	}

	private long count(String fromWhere, UUID id) {
		return this.jdbc.queryForObject("select count(*) from " + fromWhere, Long.class, id);
	}

}
