package io.hearth.planning;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import io.hearth.ai.SchemaSamples;
import io.hearth.identity.Role;
import io.hearth.identity.UserProvisioning;
import io.hearth.platform.DemoSeeder;
import io.hearth.platform.Ids;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code seed-demo planning}: two credit packages, a payment method (English and Arabic
 * instructions), the discount code {@code WELCOME10}, and the user {@code planner}
 * (password printed once) with 100 credits and two analyses whose tabs are the
 * {@code demo} provider's labelled samples, written here rather than by the configured
 * model (seeding never spends tokens). Running it again adds nothing that exists.
 */
@Component
class PlanningDemo implements DemoSeeder {

	private final UserProvisioning users;

	private final JdbcTemplate jdbc;

	private final Analyses analyses;

	private final PlanningSearch search;

	private final TabRows tabs;

	private final TabPrompts prompts;

	private final Credits credits;

	private final TransactionTemplate transactions;

	private final JsonMapper json;

	private final Clock clock;

	PlanningDemo(UserProvisioning users, JdbcTemplate jdbc, Analyses analyses, PlanningSearch search, TabRows tabs,
			TabPrompts prompts, Credits credits, TransactionTemplate transactions, JsonMapper json, Clock clock) {
		this.users = users;
		this.jdbc = jdbc;
		this.analyses = analyses;
		this.search = search;
		this.tabs = tabs;
		this.prompts = prompts;
		this.credits = credits;
		this.transactions = transactions;
		this.json = json;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "planning";
	}

	@Override
	public void seed(int count, PrintWriter out) {
		this.transactions.executeWithoutResult((status) -> {
			Timestamp now = Timestamp.from(this.clock.instant());
			pack("Starter", 50, "9.99", now);
			pack("Growth", 200, "29.99", now);
			if (none("SELECT COUNT(*) FROM planning_payment_methods WHERE name = ?", "Bank transfer")) {
				this.jdbc.update(
						"INSERT INTO planning_payment_methods (id, name, instructions, active, created_at)"
								+ " VALUES (?, ?, ?, TRUE, ?)",
						Ids.newId(), "Bank transfer",
						this.json.writeValueAsString(
								Map.of("en", "Transfer the amount to IBAN XX00 DEMO 0000 0000 and upload the receipt.",
										"ar", "حوّل المبلغ إلى الحساب XX00 DEMO 0000 0000 ثم ارفع الإيصال.")),
						now);
			}
			if (none("SELECT COUNT(*) FROM planning_discount_codes WHERE code = ?", "WELCOME10")) {
				this.jdbc.update(
						"INSERT INTO planning_discount_codes (id, code, kind, amount, max_uses_per_user, uses,"
								+ " active, created_at) VALUES (?, 'WELCOME10', 'percent', 10, 1, 0, TRUE, ?)",
						Ids.newId(), now);
			}
		});
		out.println("planning: packages Starter and Growth, method Bank transfer, code WELCOME10");
		UUID planner = this.users.find("planner").map((u) -> {
			out.println("planner                  (exists; unchanged)");
			return u.id();
		}).orElseGet(() -> {
			String password = "Demo-" + Long.toString(new SecureRandom().nextLong() & Long.MAX_VALUE, 36);
			UUID id = this.users.createUser("planner", "planner@demo.invalid", password, Role.USER).id();
			out.println("planner                  " + password + "   (shown once)");
			return id;
		});
		if (!this.analyses.idsOf(planner).isEmpty()) {
			return;
		}
		this.transactions.executeWithoutResult((status) -> {
			this.credits.credit(planner, Credits.GRANT, 100, "demo:" + planner, "demo credits");
			analysis(planner,
					new AnalysisRequest(
							"A neighbourhood coffee roastery that delivers fresh beans by bicycle every week",
							"Food and drink", "Offices and homes within 5 km", "IT", "Milan",
							new AnalysisRequest.Budget(new BigDecimal("15000"), new BigDecimal("40000"), "EUR"), "en",
							"premium"),
					Tab.Tier.PREMIUM);
			analysis(planner,
					new AnalysisRequest("متجر إلكتروني لبيع التمور الفاخرة مع التوصيل في نفس اليوم",
							"التجارة الإلكترونية", "العائلات والشركات في المدينة", "AE", "Dubai", null, "ar", "free"),
					Tab.Tier.FREE);
		});
		out.println("planning: planner has 100 credits and two analyses (demo samples)");
	}

	private void analysis(UUID owner, AnalysisRequest request, Tab.Tier tier) {
		Instant now = this.clock.instant();
		Analysis analysis = new Analysis(owner, request, tier, 0, now);
		this.analyses.saveAndFlush(analysis);
		this.jdbc.update("UPDATE planning_analyses SET status = ? WHERE id = ?", Analysis.Status.READY, analysis.id());
		this.search.indexed(analysis);
		SchemaSamples samples = new SchemaSamples(this.json);
		for (Tab tab : Tab.of(tier)) {
			String content = this.json.writeValueAsString(samples.sample(this.prompts.schema(tab), analysis.title()));
			this.tabs.ready(this.tabs.queue(analysis.id(), tab, 1, null, now), content, "demo", now);
		}
	}

	private void pack(String name, long credits, String price, Timestamp now) {
		if (none("SELECT COUNT(*) FROM planning_packages WHERE name = ?", name)) {
			this.jdbc.update(
					"INSERT INTO planning_packages (id, name, credits, price, currency, active, created_at)"
							+ " VALUES (?, ?, ?, ?, 'USD', TRUE, ?)",
					Ids.newId(), name, credits, new BigDecimal(price), now);
		}
	}

	private boolean none(String sql, Object... args) {
		Long count = this.jdbc.queryForObject(sql, Long.class, args);
		return count == null || count == 0;
	}

}
