package io.hearth.edge;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import io.hearth.support.Api.Reply;
import io.hearth.support.ApiSystemTest;
import io.hearth.support.Pages;
import io.hearth.support.TestAccounts;
import io.hearth.support.TestAccounts.Account;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages' security over real HTTP, on every database (page sessions live in it): the
 * strict CSP, the session cookie, CSRF, a renewed session id at sign-in, error pages for
 * browsers and problem bodies for the API, and a page session that ends wherever its
 * identity session ends (logout elsewhere, a password change, an admin disabling the
 * user).
 */
class PageSessionSystemTest extends ApiSystemTest {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theHomePageIsHtmlUnderAStrictContentSecurityPolicy() {
		HttpResponse<String> home = new Pages(this.port).get("/");
		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.headers().firstValue("Content-Type"))
			.hasValueSatisfying((t) -> assertThat(t).startsWith("text/html"));
		String csp = home.headers().firstValue("Content-Security-Policy").orElseThrow();
		assertThat(csp).contains("script-src 'self'", "style-src 'self'", "frame-ancestors 'none'")
			.doesNotContain("unsafe");
		assertThat(home.body()).contains("<h1>", "/signup");
	}

	@Test
	void anUnknownPageIsTheHtmlNotFoundPageAndAnUnknownApiPathStaysAProblem() {
		HttpResponse<String> page = new Pages(this.port).get("/no-such-page");
		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body()).contains("Page not found").doesNotContain("Exception");
		Reply api = this.api.get("/api/v1/no-such-thing", "Accept", "text/html,application/json");
		assertThat(api.status()).isEqualTo(401);
		assertThat(api.header("Content-Type")).startsWith("application/problem+json");
	}

	@Test
	void anErrorPageStillKnowsWhoIsSignedIn() {
		Account ann = this.accounts.create("user");
		Pages browser = new Pages(this.port);
		browser.signIn(ann.username(), TestAccounts.PASSWORD);
		for (String path : List.of("/no-such-page", "/collections/items/" + java.util.UUID.randomUUID())) {
			HttpResponse<String> page = browser.get(path);
			assertThat(page.statusCode()).as(path).isEqualTo(404);
			assertThat(page.body()).as(path)
				.contains("Page not found", ann.username(), "Sign out")
				.doesNotContain(">Sign in<");
		}
	}

	@Test
	void aRejectedApiPathStaysAProblemHoweverItIsSpelled() throws Exception {
		// the fuzz test found "//api/…" from a browser answered with the HTML page
		for (String path : List.of("//api/v1/auth/sessions", "/%61pi/v1/auth/sessions")) {
			io.hearth.support.RawHttp.Response answer = new io.hearth.support.RawHttp(this.port, 1 << 16).exchange(
					"GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\nConnection: close\r\n\r\n",
					null);
			// refused by the firewall, or routed to the API and refused there: a problem
			// either way
			assertThat(answer.status()).as(path).isBetween(400, 499);
			assertThat(answer.header("Content-Type")).as(path).startsWith("application/problem+json");
		}
	}

	@Test
	void aFormPostToADoubleSlashedApiPathIsRefusedWithoutReadingItsBody() throws Exception {
		// the fuzz test found it waiting on a chunked body that never ended
		io.hearth.support.RawHttp.Response answer = new io.hearth.support.RawHttp(this.port, 1 << 16).exchange(
				"POST //api/v1/auth/register HTTP/1.1\r\nHost: localhost\r\n"
						+ "Content-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\n\r\n",
				"5\r\na=b".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
		assertThat(answer.status()).isBetween(400, 499);
		assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
	}

	@Test
	void aSignedOutBrowserIsSentToSignInAndBack() {
		HttpResponse<String> collections = new Pages(this.port).get("/collections?q=lamp");
		assertThat(collections.statusCode()).isEqualTo(302);
		assertThat(collections.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).endsWith("/signin?next=%2Fcollections%3Fq%3Dlamp"));
		HttpResponse<String> fragment = new Pages(this.port).get("/collections", "HX-Request", "true");
		assertThat(fragment.statusCode()).isEqualTo(401);
		assertThat(fragment.headers().firstValue("HX-Redirect")).hasValue("/signin?next=%2Fcollections");
	}

	@Test
	void signingInRenewsTheSessionIdAndSetsAStrictCookie() {
		Account ann = this.accounts.create("user");
		Pages browser = new Pages(this.port);
		browser.get("/signin");
		String before = browser.cookie("HEARTH_SESSION");
		HttpResponse<String> signedIn = browser.submit("/signin",
				Map.of("login", ann.username(), "password", TestAccounts.PASSWORD, "next", "/account"));
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).endsWith("/account"));
		String cookie = signedIn.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((c) -> c.startsWith("HEARTH_SESSION="))
			.findFirst()
			.orElseThrow();
		assertThat(cookie).contains("HttpOnly", "SameSite=Lax");
		assertThat(browser.cookie("HEARTH_SESSION")).isNotNull().isNotEqualTo(before);
		assertThat(browser.get("/account").body()).contains(ann.username());
		Integer stored = this.jdbc.queryForObject("SELECT COUNT(*) FROM SPRING_SESSION", Integer.class);
		assertThat(stored).isPositive();
	}

	@Test
	void signingInGivesANewCsrfTokenAndTheOldOneNoLongerWorks() {
		Account ann = this.accounts.create("user");
		Pages browser = new Pages(this.port);
		browser.get("/signin");
		String before = browser.csrf();
		browser.submit("/signin", Map.of("login", ann.username(), "password", TestAccounts.PASSWORD));
		browser.get("/account");
		assertThat(browser.csrf()).isNotNull().isNotEqualTo(before);
		HttpResponse<String> stale = browser.post("/account/profile", Map.of("display_name", "Old", "_csrf", before));
		assertThat(stale.statusCode()).isEqualTo(403);
	}

	@Test
	void signingInAgainEndsTheIdentitySessionTheBrowserStoodFor() {
		Account ann = this.accounts.create("user");
		Pages browser = new Pages(this.port);
		browser.signIn(ann.username(), TestAccounts.PASSWORD);
		browser.signIn(ann.username(), TestAccounts.PASSWORD);
		// the API session of the test account, and the second browser session
		assertThat(this.api.as(ann).get("/api/v1/auth/sessions").json().at("/data").size()).isEqualTo(2);
	}

	@Test
	void aNextWithBracesIsFollowedAsItIs() {
		Account ann = this.accounts.create("user");
		Pages browser = new Pages(this.port);
		browser.get("/signin");
		HttpResponse<String> signedIn = browser.submit("/signin",
				Map.of("login", ann.username(), "password", TestAccounts.PASSWORD, "next", "/collections?q={x}"));
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).contains("/collections?q="));
	}

	@Test
	void aWrongPasswordShowsTheFormAgainAndAForeignNextIsIgnored() {
		Account ann = this.accounts.create("user");
		Pages browser = new Pages(this.port);
		HttpResponse<String> wrong = browser.signIn(ann.username(), "not-the-password");
		assertThat(wrong.statusCode()).isEqualTo(200);
		assertThat(wrong.body()).contains("Invalid login or password");
		browser.get("/signin");
		HttpResponse<String> away = browser.submit("/signin",
				Map.of("login", ann.username(), "password", TestAccounts.PASSWORD, "next", "//evil.example/"));
		assertThat(away.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).endsWith("/collections").doesNotContain("evil"));
	}

	@Test
	void aFormWithoutTheCsrfTokenIsRefusedAndChangesNothing() {
		Account ann = this.accounts.create("user");
		Pages browser = new Pages(this.port);
		browser.signIn(ann.username(), TestAccounts.PASSWORD);
		HttpResponse<String> forged = browser.post("/account/profile", Map.of("display_name", "Mallory"));
		assertThat(forged.statusCode()).isEqualTo(403);
		assertThat(forged.body()).contains("Not allowed");
		assertThat(this.api.as(ann).get("/api/v1/auth/me").json().at("/data/display_name").isNull()).isTrue();
		browser.get("/account");
		assertThat(browser.submit("/account/profile", Map.of("display_name", "Ann")).statusCode()).isEqualTo(302);
		assertThat(this.api.as(ann).get("/api/v1/auth/me").json().at("/data/display_name").asString()).isEqualTo("Ann");
	}

	@Test
	void signingOutEndsThePageSession() {
		Account ann = this.accounts.create("user");
		Pages browser = new Pages(this.port);
		browser.signIn(ann.username(), TestAccounts.PASSWORD);
		browser.get("/account");
		assertThat(browser.submit("/signout", Map.of()).statusCode()).isEqualTo(302);
		assertThat(browser.get("/account").statusCode()).isEqualTo(302);
	}

	@Test
	void loggingOutEverywhereThroughTheApiEndsThePageSession() {
		Account ann = this.accounts.create("user");
		Pages browser = new Pages(this.port);
		browser.signIn(ann.username(), TestAccounts.PASSWORD);
		assertThat(browser.get("/account").statusCode()).isEqualTo(200);
		assertThat(this.api.as(ann).post("/api/v1/auth/logout?all=true", null).status()).isEqualTo(204);
		assertThat(browser.get("/account").statusCode()).isEqualTo(302);
	}

	@Test
	void aPasswordChangeElsewhereEndsThePageSession() {
		Account ann = this.accounts.create("user");
		Pages browser = new Pages(this.port);
		browser.signIn(ann.username(), TestAccounts.PASSWORD);
		assertThat(browser.get("/account").statusCode()).isEqualTo(200);
		Reply changed = this.api.as(ann)
			.post("/api/v1/auth/password", "{\"current_password\": \"%s\", \"new_password\": \"Another-sturdy-pass-8\"}"
				.formatted(TestAccounts.PASSWORD));
		assertThat(changed.status()).as(changed.toString()).isEqualTo(204);
		assertThat(browser.get("/account").statusCode()).isEqualTo(302);
	}

	@Test
	void anAdminDisablingTheUserEndsThePageSession() {
		Account ann = this.accounts.create("user");
		Pages browser = new Pages(this.port);
		browser.signIn(ann.username(), TestAccounts.PASSWORD);
		assertThat(browser.get("/account").statusCode()).isEqualTo(200);
		Account admin = this.accounts.admin();
		Reply user = this.api.as(admin).get("/api/v1/admin/users/" + ann.id());
		Reply disabled = this.api.as(admin)
			.send("PATCH", "/api/v1/admin/users/" + ann.id(), "{\"status\": \"disabled\"}", "If-Match",
					user.header("ETag"));
		assertThat(disabled.status()).as(disabled.toString()).isEqualTo(200);
		assertThat(browser.get("/account").statusCode()).isEqualTo(302);
	}

	@Test
	void theAdminPagesAreForAdminsOnly() {
		Account ann = this.accounts.create("user");
		Pages browser = new Pages(this.port);
		browser.signIn(ann.username(), TestAccounts.PASSWORD);
		HttpResponse<String> refused = browser.get("/admin/users");
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.body()).contains("Not allowed");
		Pages admin = new Pages(this.port);
		admin.signIn(TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD);
		assertThat(admin.get("/admin/users?q=" + ann.username()).body()).contains(ann.email());
		assertThat(admin.get("/admin/jobs").body()).contains("Background jobs", "queued");
		assertThat(browser.get("/admin/jobs").statusCode()).isEqualTo(403);
	}

	@Test
	void thePagesSpeakTheBrowsersLanguageAndTheSwitcherRemembersAChoice() {
		Pages browser = new Pages(this.port);
		assertThat(browser.get("/signin", "Accept-Language", "it-IT,it;q=0.9,en;q=0.5").body()).contains("Accedi");
		assertThat(browser.get("/signin", "Accept-Language", "de-DE").body()).contains("Sign in");
		assertThat(browser.get("/signin?lang=fr").body()).contains("Se connecter");
		assertThat(browser.get("/signin", "Accept-Language", "es").body()).contains("Se connecter");
		assertThat(browser.cookie("hearth-lang")).isEqualTo("fr");
	}

}
