package io.hearth.interactions;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.hearth.support.Api.Reply;
import io.hearth.support.ApiSystemTest;
import io.hearth.support.SiteFixture;
import io.hearth.support.TestAccounts.Account;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static io.hearth.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The interaction log: site resolution, validation, the finder, concurrency, export and
 * history.
 */
class InteractionsSystemTest extends ApiSystemTest {

	SiteFixture f;

	@BeforeEach
	void setUp() {
		this.f = new SiteFixture(this.api);
	}

	@Test
	void shouldResolveTheActiveSiteFromHeaderThenDefaultThenOnlySite() {
		Account editor = this.f.editor;
		// only one site: no header needed
		Reply implicit = this.api.as(editor).post("/api/v1/interactions", SiteFixture.body("Only site"));
		assertThat(implicit.status()).as(implicit.toString()).isEqualTo(201);
		assertThat(implicit.json().at("/data/site_id").asString()).isEqualTo(this.f.site.toString());

		// two sites and no default: the caller must choose
		UUID second = this.f.createSite("Second " + UUID.randomUUID().toString().substring(0, 8));
		this.api.put("/api/v1/sites/" + second + "/members/" + editor.id(), "{\"role\": \"viewer\"}", "Authorization",
				this.f.admin);
		assertProblem(this.api.as(editor).get("/api/v1/interactions"), 400, "SITE_REQUIRED");
		Reply chosen = this.api.post("/api/v1/auth/site", "{\"site_id\": \"" + second + "\"}", "Authorization",
				editor.bearer());
		assertThat(chosen.json().at("/data/current_site/id").asString()).isEqualTo(second.toString());
		assertThat(chosen.json().at("/data/role").asString()).isEqualTo("viewer");
		// the default applies now, with the role there: a viewer cannot write
		assertProblem(this.api.as(editor).post("/api/v1/interactions", SiteFixture.body("x")), 403, "FORBIDDEN");
		// the header wins over the default
		Reply byHeader = this.api.post("/api/v1/interactions", SiteFixture.body("By header"), "Authorization",
				editor.bearer(), "X-Site-Id", this.f.site.toString());
		assertThat(byHeader.status()).isEqualTo(201);
		assertProblem(this.api.get("/api/v1/interactions", "Authorization", editor.bearer(), "X-Site-Id",
				this.f.otherSite.toString()), 403, "SITE_FORBIDDEN");
		assertProblem(this.api.get("/api/v1/interactions", "Authorization", editor.bearer(), "X-Site-Id", "nope"), 422,
				"VALIDATION_FAILED");
		Reply mine = this.api.as(editor).get("/api/v1/auth/sites");
		assertThat(mine.json().get("data").size()).isEqualTo(2);
	}

	@Test
	void shouldApplyMembershipChangesOnTheNextRequest() {
		Account viewer = this.f.viewer;
		String site = this.f.site.toString();
		assertProblem(this.api.post("/api/v1/interactions", SiteFixture.body("x"), "Authorization", viewer.bearer(),
				"X-Site-Id", site), 403, "FORBIDDEN");
		this.api.put("/api/v1/sites/" + site + "/members/" + viewer.id(), "{\"role\": \"editor\"}", "Authorization",
				this.f.siteAdmin.bearer());
		assertThat(this.api
			.post("/api/v1/interactions", SiteFixture.body("Promoted"), "Authorization", viewer.bearer(), "X-Site-Id",
					site)
			.status()).isEqualTo(201);
		this.api.delete("/api/v1/sites/" + site + "/members/" + viewer.id(), "Authorization",
				this.f.siteAdmin.bearer());
		assertProblem(this.api.get("/api/v1/interactions", "Authorization", viewer.bearer(), "X-Site-Id", site), 403,
				"SITE_FORBIDDEN");
	}

	@Test
	void shouldHideInteractionsOfOtherSitesEvenFromAdmins() {
		UUID elsewhere = this.f.interaction(this.f.otherSite, "Elsewhere");
		String site = this.f.site.toString();
		for (String caller : new String[] { this.f.admin, this.f.siteAdmin.bearer() }) {
			assertProblem(this.api.get("/api/v1/interactions/" + elsewhere, "Authorization", caller, "X-Site-Id", site),
					404, "NOT_FOUND");
			assertProblem(this.api.send("PATCH", "/api/v1/interactions/" + elsewhere, "{\"title\": \"Hijacked\"}",
					"Authorization", caller, "X-Site-Id", site), 404, "NOT_FOUND");
			assertProblem(
					this.api.delete("/api/v1/interactions/" + elsewhere, "Authorization", caller, "X-Site-Id", site),
					404, "NOT_FOUND");
			assertProblem(this.api.get("/api/v1/interactions/" + elsewhere + "/history", "Authorization", caller,
					"X-Site-Id", site), 404, "NOT_FOUND");
		}
		Reply there = this.api.get("/api/v1/interactions/" + elsewhere, "Authorization", this.f.admin, "X-Site-Id",
				this.f.otherSite.toString());
		assertThat(there.json().at("/data/title").asString()).isEqualTo("Elsewhere");
	}

	@Test
	void shouldValidateEveryFieldAndReportAllProblemsAtOnce() {
		String site = this.f.site.toString();
		String editor = this.f.editor.bearer();
		Reply blank = this.api.post("/api/v1/interactions", """
				{"title": "   ", "type": "Party", "lead": 7, "start_at": "yesterday", "timezone": "Mars/Olympus",
				 "location": "%s", "colour": "red"}""".formatted("x".repeat(256)), "Authorization", editor, "X-Site-Id",
				site);
		assertProblem(blank, 422, "VALIDATION_FAILED");
		JsonNode errors = blank.json().get("errors");
		assertThat(errors.at("/title/0").asString()).isEqualTo("is required");
		assertThat(errors.at("/type/0").asString()).startsWith("must be one of Meeting, Call");
		assertThat(errors.at("/lead/0").asString()).isEqualTo("must be a string");
		assertThat(errors.at("/start_at/0").asString()).startsWith("must be an ISO-8601");
		assertThat(errors.at("/timezone/0").asString()).startsWith("must be an IANA time zone");
		assertThat(errors.at("/location/0").asString()).isEqualTo("must be at most 255 characters");
		assertThat(errors.at("/colour/0").asString()).isEqualTo("is not a known field");

		Reply backwards = this.api.post("/api/v1/interactions",
				SiteFixture.body("Backwards").replace("2026-05-01T10:00:00+00:00", "2026-05-01T08:00:00Z"),
				"Authorization", editor, "X-Site-Id", site);
		assertThat(backwards.json().at("/errors/end_at/0").asString()).isEqualTo("must be after start_at");
		assertProblem(this.api.post("/api/v1/interactions", "[1, 2]", "Authorization", editor, "X-Site-Id", site), 422,
				"VALIDATION_FAILED");
		assertThat(this.api.get("/api/v1/interactions?title=Backwards", "Authorization", editor, "X-Site-Id", site)
			.json()
			.at("/meta/pagination/total")
			.asLong()).isZero();

		Reply ok = this.api.post("/api/v1/interactions", """
				{"title": "  Trimmed  ", "type": "call", "lead": "Bo", "start_at": "2026-05-01T09:00:00+02:00",
				 "timezone": "America/New_York", "location": "   "}""", "Authorization", editor, "X-Site-Id", site);
		assertThat(ok.status()).as(ok.toString()).isEqualTo(201);
		JsonNode data = ok.json().get("data");
		assertThat(data.get("title").asString()).isEqualTo("Trimmed");
		assertThat(data.get("type").asString()).isEqualTo("Call");
		assertThat(data.get("start_at").asString()).isEqualTo("2026-05-01T07:00:00Z");
		assertThat(data.get("location").isNull()).isTrue();
		assertThat(data.get("created_by").asString()).isEqualTo(this.f.editor.id().toString());
		assertThat(data.get("created_by_name").asString()).isEqualTo(this.f.editor.username());
		assertThat(data.get("site_name").asString()).startsWith("Site ");

		Reply patched = this.api.send("PATCH", "/api/v1/interactions/" + data.get("id").asString(),
				"{\"notes\": \"Added\"}", "Authorization", editor, "X-Site-Id", site);
		assertThat(patched.json().at("/data/notes").asString()).isEqualTo("Added");
		assertThat(patched.json().at("/data/title").asString()).isEqualTo("Trimmed");
		assertProblem(this.api.send("PATCH", "/api/v1/interactions/" + data.get("id").asString(), "{\"title\": \"\"}",
				"Authorization", editor, "X-Site-Id", site), 422, "VALIDATION_FAILED");
	}

	@Test
	void shouldFilterSortAndPageTheFinder() {
		String site = this.f.site.toString();
		String editor = this.f.editor.bearer();
		String tag = UUID.randomUUID().toString().substring(0, 6);
		String[][] rows = { { "Alpha " + tag, "Meeting", "Ann", "2026-01-10T09:00:00Z", "Paris" },
				{ "Beta " + tag, "Call", "Bob", "2026-02-10T09:00:00Z", "Berlin" },
				{ "Gamma " + tag, "Email", "Cid", "2026-03-10T09:00:00Z", "Paris" },
				{ "Delta " + tag, "Call", "Ann", "2026-04-10T09:00:00Z", "Rome" } };
		for (String[] row : rows) {
			Reply created = this.api.post("/api/v1/interactions", """
					{"title": "%s", "type": "%s", "lead": "%s", "start_at": "%s", "timezone": "UTC", "location": "%s",
					 "description": "about 100%% of %s"}""".formatted(row[0], row[1], row[2], row[3], row[4], tag),
					"Authorization", editor, "X-Site-Id", site);
			assertThat(created.status()).as(created.toString()).isEqualTo(201);
		}
		assertThat(titles("q=" + tag + "&type=Call&sort=start_at", site)).containsExactly("Beta " + tag,
				"Delta " + tag);
		assertThat(titles("q=" + tag + "&type=Call,Email&sort=-start_at", site)).containsExactly("Delta " + tag,
				"Gamma " + tag, "Beta " + tag);
		assertThat(titles("q=" + tag + "&location=PARIS&sort=title", site)).containsExactly("Alpha " + tag,
				"Gamma " + tag);
		assertThat(titles("q=" + tag + "&lead=ann&start_from=2026-02-01T00:00:00Z&start_to=2026-12-31T00:00:00Z", site))
			.containsExactly("Delta " + tag);
		assertThat(titles("q=100%25%20of%20" + tag, site)).hasSize(4);
		// q is word-prefix search: the middle of a word matches nothing
		assertThat(titles("q=" + tag.substring(2), site)).isEmpty();
		assertThat(titles("q=" + tag + "&created_by=" + this.f.editor.id(), site)).hasSize(4);
		assertThat(titles("q=" + tag + "&created_by=" + this.f.viewer.id(), site)).isEmpty();

		Reply page = this.api.get("/api/v1/interactions?q=" + tag + "&per_page=3&page=2&sort=title", "Authorization",
				editor, "X-Site-Id", site);
		assertThat(page.json().at("/meta/pagination/total").asLong()).isEqualTo(4);
		assertThat(page.json().at("/meta/pagination/pages").asLong()).isEqualTo(2);
		assertThat(page.json().at("/data/0/title").asString()).isEqualTo("Gamma " + tag);

		List<String> walked = new ArrayList<>();
		String cursor = "";
		while (cursor != null) {
			Reply slice = this.api.get("/api/v1/interactions?q=" + tag + "&per_page=3&cursor=" + cursor,
					"Authorization", editor, "X-Site-Id", site);
			slice.json().get("data").forEach((n) -> walked.add(n.get("title").asString()));
			JsonNode next = slice.json().at("/meta/pagination/next_cursor");
			cursor = next.isNull() ? null : next.asString();
		}
		assertThat(walked).containsExactly("Delta " + tag, "Gamma " + tag, "Beta " + tag, "Alpha " + tag);

		Reply bad = this.api.get("/api/v1/interactions?type=Party&start_from=soon&created_by=me&sort=secret",
				"Authorization", editor, "X-Site-Id", site);
		assertProblem(bad, 422, "VALIDATION_FAILED");
		assertThat(bad.json().get("errors").has("type")).isTrue();
		assertThat(bad.json().get("errors").has("start_from")).isTrue();
		assertThat(bad.json().get("errors").has("created_by")).isTrue();
		assertProblem(
				this.api.get("/api/v1/interactions?cursor=&sort=title", "Authorization", editor, "X-Site-Id", site),
				422, "VALIDATION_FAILED");
		Reply types = this.api.get("/api/v1/interactions/types", "Authorization", editor, "X-Site-Id", site);
		assertThat(types.json().get("data").size()).isEqualTo(10);
	}

	@Test
	void shouldLetOnlyOneOfTwoConcurrentUpdatesWinWithIfMatch() {
		String site = this.f.site.toString();
		UUID id = this.f.interaction(this.f.site, "Contended");
		String etag = this.api
			.get("/api/v1/interactions/" + id, "Authorization", this.f.editor.bearer(), "X-Site-Id", site)
			.header("ETag");
		Reply first = this.api.send("PATCH", "/api/v1/interactions/" + id, "{\"title\": \"First\"}", "Authorization",
				this.f.editor.bearer(), "X-Site-Id", site, "If-Match", etag);
		Reply second = this.api.send("PATCH", "/api/v1/interactions/" + id, "{\"title\": \"Second\"}", "Authorization",
				this.f.siteAdmin.bearer(), "X-Site-Id", site, "If-Match", etag);
		assertThat(first.status()).isEqualTo(200);
		assertProblem(second, 412, "PRECONDITION_FAILED");
		assertThat(
				this.api.get("/api/v1/interactions/" + id, "Authorization", this.f.editor.bearer(), "X-Site-Id", site)
					.json()
					.at("/data/title")
					.asString())
			.isEqualTo("First");
	}

	@Test
	void shouldRecordHistoryForCreateUpdateAndDelete() {
		String site = this.f.site.toString();
		String editor = this.f.editor.bearer();
		Reply created = this.api.post("/api/v1/interactions", SiteFixture.body("Tracked"), "Authorization", editor,
				"X-Site-Id", site, "X-Request-Id", "req-create-1");
		String id = created.json().at("/data/id").asString();
		this.api.send("PATCH", "/api/v1/interactions/" + id, "{\"title\": \"Tracked v2\", \"notes\": null}",
				"Authorization", editor, "X-Site-Id", site);
		assertThat(this.api.delete("/api/v1/interactions/" + id, "Authorization", editor, "X-Site-Id", site).status())
			.isEqualTo(204);
		Reply history = this.api.get("/api/v1/interactions/" + id + "/history", "Authorization", this.f.viewer.bearer(),
				"X-Site-Id", site);
		assertThat(history.status()).as(history.toString()).isEqualTo(200);
		JsonNode entries = history.json().get("data");
		assertThat(entries.size()).isEqualTo(3);
		assertThat(entries.at("/0/action").asString()).isEqualTo("created");
		assertThat(entries.at("/0/request_id").asString()).isEqualTo("req-create-1");
		assertThat(entries.at("/0/actor_id").asString()).isEqualTo(this.f.editor.id().toString());
		assertThat(entries.at("/0/changes/title/to").asString()).isEqualTo("Tracked");
		assertThat(entries.at("/1/action").asString()).isEqualTo("updated");
		assertThat(entries.at("/1/changes/title/from").asString()).isEqualTo("Tracked");
		assertThat(entries.at("/1/changes/title/to").asString()).isEqualTo("Tracked v2");
		assertThat(entries.at("/1/changes/notes/from").asString()).isEqualTo("Bring slides");
		assertThat(entries.at("/1/changes/notes/to").isNull()).isTrue();
		assertThat(entries.at("/1/changes").has("lead")).as("unchanged fields are not listed").isFalse();
		assertThat(entries.at("/2/action").asString()).isEqualTo("deleted");
	}

	@Test
	void shouldStreamEveryMatchingRowAsCsv() {
		String site = this.f.site.toString();
		String tag = "csv" + UUID.randomUUID().toString().substring(0, 6);
		int rows = 1203;
		StringBuilder batch = new StringBuilder();
		for (int i = 0; i < rows; i++) {
			Reply created = this.api.post("/api/v1/interactions", SiteFixture.body(tag + " \\\"quoted\\\", row " + i),
					"Authorization", this.f.editor.bearer(), "X-Site-Id", site);
			assertThat(created.status()).isEqualTo(201);
		}
		Reply csv = this.api.get("/api/v1/interactions/export?format=csv&q=" + tag, "Authorization",
				this.f.viewer.bearer(), "X-Site-Id", site);
		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.header("Content-Type")).startsWith("text/csv");
		assertThat(csv.header("Content-Length")).as("streamed, not buffered").isNull();
		String[] lines = csv.body().split("\r\n");
		assertThat(lines[0]).startsWith("id,title,type,lead,start_at");
		assertThat(lines).hasSize(rows + 1);
		assertThat(csv.body()).contains("\"" + tag + " \"\"quoted\"\", row 0\"");
		assertThat(batch).isEmpty();
	}

	@Test
	void shouldGuardSiteDeletionAndTheLastSiteAdmin() {
		UUID doomed = this.f.createSite("Busy " + UUID.randomUUID().toString().substring(0, 8));
		this.f.interaction(doomed, "Keeps it busy");
		assertProblem(this.api.delete("/api/v1/sites/" + doomed, "Authorization", this.f.admin), 409, "SITE_NOT_EMPTY");
		Reply detail = this.api.get("/api/v1/sites/" + doomed, "Authorization", this.f.admin);
		assertThat(detail.json().at("/data/interaction_count").asLong()).isEqualTo(1);
		assertThat(this.api.delete("/api/v1/sites/" + doomed + "?force=true", "Authorization", this.f.admin).status())
			.isEqualTo(204);
		assertProblem(this.api.get("/api/v1/sites/" + doomed, "Authorization", this.f.admin), 404, "NOT_FOUND");

		String site = this.f.site.toString();
		Reply mine = this.api.get("/api/v1/sites/" + site, "Authorization", this.f.viewer.bearer());
		assertThat(mine.json().at("/data/my_role").asString()).isEqualTo("viewer");
		assertThat(mine.json().at("/data/user_count").asLong()).isEqualTo(3);
		assertProblem(this.api.put("/api/v1/sites/" + site + "/members/" + this.f.siteAdmin.id(),
				"{\"role\": \"editor\"}", "Authorization", this.f.siteAdmin.bearer()), 409, "LAST_SITE_ADMIN");
		assertProblem(this.api.delete("/api/v1/sites/" + site + "/members/" + this.f.siteAdmin.id(), "Authorization",
				this.f.siteAdmin.bearer()), 409, "LAST_SITE_ADMIN");
		this.api.put("/api/v1/sites/" + site + "/members/" + this.f.editor.id(), "{\"role\": \"site_admin\"}",
				"Authorization", this.f.siteAdmin.bearer());
		assertThat(this.api
			.put("/api/v1/sites/" + site + "/members/" + this.f.siteAdmin.id(), "{\"role\": \"editor\"}",
					"Authorization", this.f.siteAdmin.bearer())
			.status()).isEqualTo(200);
		Reply members = this.api.get("/api/v1/sites/" + site + "/members?per_page=10", "Authorization",
				this.f.editor.bearer());
		assertThat(members.json().at("/meta/pagination/total").asLong()).isEqualTo(3);
		String name = "Named " + UUID.randomUUID().toString().substring(0, 8);
		assertThat(
				this.api.post("/api/v1/sites", "{\"name\": \"" + name + "\"}", "Authorization", this.f.admin).status())
			.isEqualTo(201);
		assertProblem(this.api.post("/api/v1/sites", "{\"name\": \"" + name.toUpperCase() + "\"}", "Authorization",
				this.f.admin), 409, "SITE_NAME_TAKEN");
	}

	private List<String> titles(String query, String site) {
		Reply reply = this.api.get("/api/v1/interactions?per_page=100&" + query, "Authorization",
				this.f.viewer.bearer(), "X-Site-Id", site);
		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
		List<String> titles = new ArrayList<>();
		reply.json().get("data").forEach((n) -> titles.add(n.get("title").asString()));
		return titles;
	}

}
