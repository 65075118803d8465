package io.hearth.planning;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import io.hearth.support.ApiSystemTest;
import io.hearth.support.Pages;
import io.hearth.support.TestAccounts;
import io.hearth.support.TestAccounts.Account;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Planning's pages over HTTP on every database (the demo provider writes the tabs when
 * jobs run; here they stay queued): the form refusing bad input with messages next to its
 * fields and storing nothing, an analysis page, a premium one refused without credits,
 * another user's analysis not found, the admin's queue for admins only, a share page
 * signed out.
 */
class PlanningPagesSystemTest extends ApiSystemTest {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theFormRefusesBadInputNextToItsFieldsAndMakesAnAnalysisFromGoodInput() {
		Account user = this.accounts.create("user");
		Pages pages = new Pages(this.port);
		pages.signIn(user.username(), TestAccounts.PASSWORD);
		assertThat(pages.get("/planning/new?lang=en").statusCode()).isEqualTo(200);
		assertThat(pages.get("/planning/new?lang=fr").body()).contains("Lancer l&#39;analyse")
			.doesNotContain("??planning");

		HttpResponse<String> refused = pages.submit("/planning/new", Map.of("idea", "short", "industry", "Food",
				"target_market", "Offices", "country", "ZZ", "language", "en", "tier", "free", "budget_min", "ten"));

		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("class=\"error\"").contains("must be a number");
		assertThat(count(user)).isZero();
		// refused unparsed: turning a megabyte of digits into a number took 13 s of CPU
		HttpResponse<String> huge = pages.submit("/planning/new",
				Map.of("idea", "Weekend cooking classes for teenagers in a shared kitchen", "industry", "Education",
						"target_market", "Parents", "country", "fr", "language", "en", "tier", "free", "budget_min",
						"9".repeat(100_000), "budget_max", "10", "budget_currency", "eur"));
		assertThat(huge.statusCode()).isEqualTo(200);
		assertThat(huge.body()).contains("must be a number");
		assertThat(count(user)).isZero();
		HttpResponse<String> premium = pages.submit("/planning/new",
				Map.of("idea", "Weekend cooking classes for teenagers in a shared kitchen", "industry", "Education",
						"target_market", "Parents", "country", "fr", "language", "en", "tier", "premium"));
		assertThat(premium.statusCode()).isEqualTo(200);
		assertThat(premium.body()).contains("This needs 10 credits");
		assertThat(count(user)).isZero();

		HttpResponse<String> made = pages.submit("/planning/new",
				Map.of("idea", "Weekend cooking classes for teenagers in a shared kitchen", "industry", "Education",
						"target_market", "Parents", "country", "fr", "city", "Lyon", "language", "ar", "tier", "free",
						"budget_min", "1000", "budget_max", "5000", "budget_currency", "eur"));

		assertThat(made.statusCode()).isEqualTo(302);
		String location = made.headers().firstValue("Location").orElseThrow();
		assertThat(location).contains("/planning/analyses/");
		HttpResponse<String> page = pages.get(location.replaceFirst("^https?://[^/]+", "") + "?lang=en");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("dir=\"rtl\"").contains("Weekend cooking classes").contains("queued");
		assertThat(pages.get("/planning?lang=en").body()).contains("Weekend cooking classes");
		assertThat(count(user)).isEqualTo(1);

		Account other = this.accounts.create("user");
		Pages stranger = new Pages(this.port);
		stranger.signIn(other.username(), TestAccounts.PASSWORD);
		String path = location.replaceFirst("^https?://[^/]+", "");
		assertThat(stranger.get(path).statusCode()).isEqualTo(404);
		assertThat(stranger.get("/planning/admin").statusCode()).isEqualTo(403);
		assertThat(new Pages(this.port).get("/planning").statusCode()).isEqualTo(302);
	}

	@Test
	void aShareLinkOpensSignedOutAndAnAdminSeesTheQueue() {
		Account user = this.accounts.create("user");
		String id = this.api.as(user)
			.post("/api/v1/planning/analyses",
					PlanningSystemTest.body("A mobile bike repair van for office parks", "free", "en"))
			.json()
			.at("/data/id")
			.asString();
		String token = this.api.as(user)
			.post("/api/v1/planning/analyses/" + id + "/shares", "{}")
			.json()
			.at("/data/token")
			.asString();

		HttpResponse<String> shared = new Pages(this.port).get("/planning/shared/" + token + "?lang=en");

		assertThat(shared.statusCode()).isEqualTo(200);
		assertThat(shared.body()).contains("A mobile bike repair van").doesNotContain(user.username());
		assertThat(new Pages(this.port).get("/planning/shared/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
		Pages admin = new Pages(this.port);
		admin.signIn(TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD);
		assertThat(admin.get("/planning/admin?lang=en").body()).contains("Payment requests");
	}

	@Test
	void anAdminKeepsTheCatalogueOnItsPageAndSeesTheModelsUsage() {
		Pages admin = new Pages(this.port);
		admin.signIn(TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD);
		String name = "Pack " + UUID.randomUUID().toString().substring(0, 8);
		assertThat(admin.get("/planning/admin/catalogue?lang=en").body()).contains("Add the package");

		HttpResponse<String> refused = admin.submit("/planning/admin/catalogue/packages",
				Map.of("name", name, "credits", "lots", "price", "9.50", "currency", "EUR"));

		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("id=\"refused\"").contains("must be a whole number").contains(name);
		assertThat(packages(name)).isZero();
		assertThat(admin
			.submit("/planning/admin/catalogue/packages",
					Map.of("name", name, "credits", "25", "price", "9.50", "currency", "eur"))
			.statusCode()).isEqualTo(302);
		assertThat(admin.get("/planning/admin/catalogue?lang=en").body()).contains(name).contains("9.50 EUR");
		UUID id = this.jdbc.queryForObject("SELECT id FROM planning_packages WHERE name = ?", UUID.class, name);
		admin.submit("/planning/admin/catalogue/packages/" + id + "/active", Map.of("active", "false"));
		assertThat(this.jdbc.queryForObject("SELECT active FROM planning_packages WHERE id = ?", Boolean.class, id))
			.isFalse();

		String code = "PAGE" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(java.util.Locale.ROOT);
		assertThat(admin
			.submit("/planning/admin/catalogue/discount-codes",
					Map.of("code", code, "kind", "percent", "amount", "150"))
			.body()).contains("a percentage is at most 100");
		assertThat(admin
			.submit("/planning/admin/catalogue/discount-codes",
					Map.of("code", code, "kind", "fixed", "amount", "5", "valid_from", "2027-01-01T00:00",
							"valid_until", "2026-12-01T00:00"))
			.body()).contains("must be after valid_from");
		assertThat(admin
			.submit("/planning/admin/catalogue/discount-codes",
					Map.of("code", code, "kind", "fixed", "amount", "5", "max_uses", "3"))
			.statusCode()).isEqualTo(302);
		assertThat(admin
			.submit("/planning/admin/catalogue/payment-methods", Map.of("name", "Bank transfer", "instructions_en", ""))
			.body()).contains("id=\"refused\"").contains("size must be between 1 and 10");
		assertThat(admin
			.submit("/planning/admin/catalogue/payment-methods",
					Map.of("name", "Cash " + code, "instructions_en", "At the desk", "instructions_ar", "عند المكتب"))
			.statusCode()).isEqualTo(302);
		String page = admin.get("/planning/admin/catalogue?lang=en").body();
		assertThat(page).contains(code).contains("0 / 3").contains("Cash " + code).contains("عند المكتب");

		// a day no other test calls the model on, so its row is this call alone
		java.time.LocalDate day = java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusDays(20);
		this.jdbc.update("INSERT INTO ai_calls (id, call_day, created_at, purpose, provider, model, input_tokens,"
				+ " output_tokens, latency_ms, outcome) VALUES (?, ?, ?, 'tab', 'demo', 'demo', 7654321, 0, 5, 'ok')",
				UUID.randomUUID(), java.sql.Date.valueOf(day),
				java.sql.Timestamp.from(day.atStartOfDay(java.time.ZoneOffset.UTC).toInstant()));
		assertThat(admin.get("/planning/admin/usage?lang=fr").body()).contains("Utilisation de l&#39;IA")
			.contains("<td>" + day + "</td>")
			.contains("7654321");

		Pages user = new Pages(this.port);
		user.signIn(this.accounts.create("user").username(), TestAccounts.PASSWORD);
		assertThat(user.get("/planning/admin/catalogue").statusCode()).isEqualTo(403);
		assertThat(user.get("/planning/admin/usage").statusCode()).isEqualTo(403);
		assertThat(user
			.submit("/planning/admin/catalogue/packages",
					Map.of("name", "Mine", "credits", "1000", "price", "0", "currency", "EUR"))
			.statusCode()).isEqualTo(403);
		assertThat(packages("Mine")).isZero();
	}

	private long packages(String name) {
		Long count = this.jdbc.queryForObject("SELECT COUNT(*) FROM planning_packages WHERE name = ?", Long.class,
				name);
		return (count != null) ? count : 0;
	}

	private long count(Account user) {
		Long count = this.jdbc.queryForObject("SELECT COUNT(*) FROM planning_analyses WHERE owner_id = ?", Long.class,
				user.id());
		return (count != null) ? count : 0;
	}

}
