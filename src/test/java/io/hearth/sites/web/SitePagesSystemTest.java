package io.hearth.sites.web;

import java.net.http.HttpResponse;
import java.util.Map;

import io.hearth.support.ApiSystemTest;
import io.hearth.support.Pages;
import io.hearth.support.SiteFixture;
import io.hearth.support.TestAccounts;
import io.hearth.support.TestAccounts.Account;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin's site pages over HTTP: a site created, edited and deleted, a member added by
 * username, who then logs interactions there; refused input shown on the form; nobody
 * else gets in.
 */
class SitePagesSystemTest extends ApiSystemTest {

	@Test
	void anAdminCreatesASiteAndAddsAnEditorWhoCanThenLogThere() {
		Account ann = this.accounts.create("user");
		Pages admin = new Pages(this.port);
		admin.signIn(TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD);
		admin.get("/admin/sites");
		String name = "Depot " + ann.username();
		HttpResponse<String> created = admin.submit("/admin/sites", Map.of("name", name));
		assertThat(created.statusCode()).isEqualTo(302);
		String site = created.headers().firstValue("Location").orElseThrow().replaceAll(".*/admin/sites/", "");
		admin.get("/admin/sites/" + site);
		HttpResponse<String> added = admin.submit("/admin/sites/" + site + "/members",
				Map.of("login", ann.username(), "role", "editor"));
		assertThat(added.statusCode()).isEqualTo(302);
		assertThat(admin.get("/admin/sites/" + site).body()).contains(ann.username(), "selected=\"selected\">editor");
		Pages browser = new Pages(this.port);
		browser.signIn(ann.username(), TestAccounts.PASSWORD);
		assertThat(browser.get("/interactions?site=" + site).body()).contains(name, "Log an interaction");
	}

	@Test
	void refusedInputIsShownOnTheFormAndChangesNothing() {
		Pages admin = new Pages(this.port);
		admin.signIn(TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD);
		admin.get("/admin/sites");
		HttpResponse<String> blank = admin.submit("/admin/sites", Map.of("name", " "));
		assertThat(blank.statusCode()).isEqualTo(200);
		assertThat(blank.body()).contains("id=\"name-error\"");
		HttpResponse<String> created = admin.submit("/admin/sites", Map.of("name", "Annex " + System.nanoTime()));
		String site = created.headers().firstValue("Location").orElseThrow().replaceAll(".*/admin/sites/", "");
		admin.get("/admin/sites/" + site);
		HttpResponse<String> nobody = admin.submit("/admin/sites/" + site + "/members",
				Map.of("login", "no-such-user", "role", "editor"));
		assertThat(nobody.statusCode()).isEqualTo(200);
		assertThat(nobody.body()).contains("id=\"login-error\"", "is no user");
		HttpResponse<String> badRole = admin.submit("/admin/sites/" + site + "/members",
				Map.of("login", TestAccounts.ADMIN, "role", "owner"));
		assertThat(badRole.statusCode()).isEqualTo(200);
		assertThat(badRole.body()).contains("must be one of viewer, editor, site_admin");
	}

	@Test
	void anAdminRenamesDeactivatesAndDeletesASiteWithWhatItHoldsOnlyWhenForced() {
		Account ann = this.accounts.create("user");
		Pages admin = new Pages(this.port);
		admin.signIn(TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD);
		admin.get("/admin/sites");
		HttpResponse<String> created = admin.submit("/admin/sites", Map.of("name", "Shed " + ann.username()));
		String site = created.headers().firstValue("Location").orElseThrow().replaceAll(".*/admin/sites/", "");
		admin.get("/admin/sites/" + site);
		HttpResponse<String> blank = admin.submit("/admin/sites/" + site, Map.of("name", " ", "version", "0"));
		assertThat(blank.statusCode()).isEqualTo(200);
		assertThat(blank.body()).contains("id=\"name-error\"");
		String renamed = "Barn " + ann.username();
		HttpResponse<String> saved = admin.submit("/admin/sites/" + site,
				Map.of("name", renamed, "description", "By the river", "version", "0"));
		assertThat(saved.statusCode()).isEqualTo(302);
		String page = admin.get("/admin/sites/" + site).body();
		assertThat(page).contains(renamed, "By the river", "The site is saved.");
		assertThat(page).doesNotContain("name=\"active\" value=\"true\" checked");
		HttpResponse<String> stale = admin.submit("/admin/sites/" + site, Map.of("name", "Stale", "version", "0"));
		assertThat(stale.statusCode()).isEqualTo(200);
		assertThat(admin.get("/admin/sites/" + site).body()).contains(renamed).doesNotContain(">Stale<");

		admin.submit("/admin/sites/" + site, Map.of("name", renamed, "active", "true", "version", "1"));
		assertThat(admin.get("/admin/sites/" + site).body()).contains("name=\"active\" value=\"true\" checked");

		admin.submit("/admin/sites/" + site + "/members", Map.of("login", ann.username(), "role", "editor"));
		assertThat(this.api
			.post("/api/v1/interactions", SiteFixture.body("Delivery"), "Authorization", ann.bearer(), "X-Site-Id",
					site)
			.status()).isEqualTo(201);
		admin.get("/admin/sites/" + site);
		HttpResponse<String> refused = admin.submit("/admin/sites/" + site + "/delete", Map.of());
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("still has 1 interactions");
		HttpResponse<String> forced = admin.submit("/admin/sites/" + site + "/delete", Map.of("force", "true"));
		assertThat(forced.statusCode()).isEqualTo(302);
		assertThat(admin.get("/admin/sites/" + site).statusCode()).isEqualTo(404);
	}

	@Test
	void nobodyButAnAdminGetsIn() {
		Account ann = this.accounts.create("user");
		Pages browser = new Pages(this.port);
		browser.signIn(ann.username(), TestAccounts.PASSWORD);
		assertThat(browser.get("/admin/sites").statusCode()).isEqualTo(403);
		browser.get("/account");
		assertThat(browser.submit("/admin/sites", Map.of("name", "Mine")).statusCode()).isEqualTo(403);
	}

}
