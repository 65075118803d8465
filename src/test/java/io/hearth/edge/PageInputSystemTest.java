package io.hearth.edge;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.hearth.support.ApiSystemTest;
import io.hearth.support.Pages;
import io.hearth.support.SiteFixture;
import io.hearth.support.TestAccounts;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No input breaks a page: every page route with hostile query parameters and forms (not
 * numbers, huge numbers, bad ids, too many words, control characters, unknown sorts and
 * languages) answers below 500, in the site's look.
 */
class PageInputSystemTest extends ApiSystemTest {

	@org.springframework.beans.factory.annotation.Autowired
	@org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
	org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping mapping;

	@Test
	void handlersAreFoundByTheFlatLookupAndAPathWithAVariableStillReachesItsOwn() {
		assertThat(this.mapping).isInstanceOf(FlatRequestLookup.Mapping.class);
		assertThat(this.api.get("/api/v1/club/events/no-such-night").status()).isEqualTo(404);
		assertThat(this.api.get("/api/v1/club/events/no-such-night").json().path("code").asString())
			.isEqualTo("NOT_FOUND");
	}

	static final List<String> HOSTILE = List.of("", "x", "-1", "0", "99999999999999999999", "1e309", "NaN",
			"not-a-uuid", "00000000-0000-0000-0000-000000000000", "a b c d e f g h i j", "%00", "\u0000\u0007",
			"<script>alert(1)</script>", "' OR 1=1 --", "x".repeat(5000), "../../etc/passwd", "ü".repeat(300));

	static final List<String> ROUTES = List.of("/collections?q=%s", "/collections?page=%s", "/collections?sort=%s",
			"/collections?category_id=%s", "/collections/items/%s", "/collections/items/%s/edit",
			"/collections/items/new?category_id=%s", "/collections/categories/%s/edit",
			"/collections/categories/field-row?next_row=%s", "/collections/transfer/export?category_id=%s",
			"/interactions?site=%s", "/interactions?q=%s&page=%s", "/interactions?start_from=%s",
			"/interactions?type=%s", "/interactions?sort=%s", "/interactions/%s", "/interactions/export?start_to=%s",
			"/admin/users?page=%s", "/admin/users?q=%s", "/signin?next=%s", "/reset-password?token=%s",
			"/verify-email?token=%s", "/?lang=%s");

	@Test
	void everyPageRouteAnswersHostileParametersBelow500() {
		SiteFixture sites = new SiteFixture(this.api);
		Pages browser = new Pages(this.port);
		browser.signIn(TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD);
		Pages editor = new Pages(this.port);
		editor.signIn(sites.editor.username(), TestAccounts.PASSWORD);
		List<String> broken = new ArrayList<>();
		for (String route : ROUTES) {
			for (String value : HOSTILE) {
				String encoded = URLEncoder.encode(value, StandardCharsets.UTF_8);
				String path = route.replace("%s", encoded);
				for (Pages who : List.of(browser, editor)) {
					HttpResponse<String> page = who.get(path);
					if (page.statusCode() >= 500 || page.body().contains("Exception")) {
						broken.add(page.statusCode() + " " + path);
					}
				}
			}
		}
		assertThat(broken).isEmpty();
	}

	@Test
	void everyFormAnswersHostileFieldsBelow500AndChangesNothing() {
		Pages browser = new Pages(this.port);
		TestAccounts.Account ann = this.accounts.create("user");
		browser.signIn(ann.username(), TestAccounts.PASSWORD);
		List<String> broken = new ArrayList<>();
		List<String> forms = List.of("/collections/items", "/collections/categories", "/account/profile",
				"/account/password", "/collections/items/%s", "/collections/items/%s/links",
				"/collections/items/%s/delete", "/collections/categories/%s/delete", "/interactions",
				"/account/sessions/%s/revoke", "/admin/users/%s");
		for (String form : forms) {
			for (String value : HOSTILE) {
				String path = form.replace("%s", URLEncoder.encode(value, StandardCharsets.UTF_8));
				browser.get("/account");
				Map<String, String> fields = new java.util.LinkedHashMap<>();
				for (String name : List.of("name", "category_id", "values.x", "fields[0].key", "fields[0].label",
						"fields[0].type", "display_name", "email", "url", "version", "current_password", "title",
						"start_at", "timezone")) {
					fields.put(name, value);
				}
				HttpResponse<String> answer = browser.submit(path, fields);
				if (answer.statusCode() >= 500 || answer.body().contains("Exception")) {
					broken.add(answer.statusCode() + " POST " + path + " with "
							+ value.substring(0, Math.min(20, value.length())));
				}
			}
		}
		assertThat(broken).isEmpty();
		assertThat(this.api.as(ann).get("/api/v1/collections/items").json().at("/data").size()).isZero();
		assertThat(this.api.as(ann).get("/api/v1/collections/categories").json().at("/data").size()).isZero();
	}

}
