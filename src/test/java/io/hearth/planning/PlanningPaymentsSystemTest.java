package io.hearth.planning;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.hearth.support.Api.Part;
import io.hearth.support.Api.Reply;
import io.hearth.support.ApiSystemTest;
import io.hearth.support.TestAccounts.Account;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static io.hearth.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Buying credits: the amount computed on the server from the package and the discount, a
 * receipt, two admins approving at once (one credit entry), replayed approvals and
 * payment requests (same answer, nothing doubled), a reused key with another body,
 * reversal, and who may do what.
 */
class PlanningPaymentsSystemTest extends ApiSystemTest {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Credits credits;

	@Test
	void aPaymentIsPricedHereAndApprovedOnceByTwoAdminsAtOnce() throws Exception {
		Account admin = this.accounts.admin();
		Account second = this.accounts.create("admin");
		Account user = this.accounts.create("user");
		String pack = pack(admin, 100, "20.00");
		String method = method(admin);
		String code = "SPRING" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
		assertThat(this.api.as(admin)
			.post("/api/v1/planning/admin/discount-codes",
					"{\"code\": \"" + code + "\", \"kind\": \"percent\", \"amount\": 25, \"max_uses\": 1}")
			.status()).isEqualTo(201);
		assertThat(this.api.as(user).get("/api/v1/planning/packages").json().path("data").findValuesAsString("id"))
			.contains(pack);

		assertThat(this.api.as(user)
			.post("/api/v1/planning/payments", payment(pack, method, code).replace("}", ", \"amount\": 1}"))
			.status()).isEqualTo(422);
		Reply submitted = this.api.as(user)
			.post("/api/v1/planning/payments", payment(pack, method, code.toLowerCase()), "Idempotency-Key", "buy-1");

		assertThat(submitted.status()).isEqualTo(201);
		JsonNode paid = submitted.json().path("data");
		assertThat(paid.path("amount").decimalValue()).isEqualByComparingTo("15.00");
		assertThat(paid.path("currency").asString()).isEqualTo("EUR");
		assertThat(paid.path("status").asString()).isEqualTo("submitted");
		String id = paid.path("id").asString();
		Reply replayed = this.api.as(user)
			.post("/api/v1/planning/payments", payment(pack, method, code.toLowerCase()), "Idempotency-Key", "buy-1");
		assertThat(replayed.status()).isEqualTo(201);
		assertThat(replayed.header("Idempotent-Replayed")).isEqualTo("true");
		assertThat(replayed.json().at("/data/id").asString()).isEqualTo(id);
		assertProblem(
				this.api.as(user)
					.post("/api/v1/planning/payments", payment(pack, method, null), "Idempotency-Key", "buy-1"),
				422, "IDEMPOTENCY_KEY_REUSED");
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM planning_payments WHERE user_id = ?", Long.class,
				user.id()))
			.isEqualTo(1);

		byte[] png;
		try (InputStream in = getClass().getResourceAsStream("/images/alpha.png")) {
			png = in.readAllBytes();
		}
		Reply receipt = this.api.as(user)
			.multipart("/api/v1/planning/payments/" + id + "/receipt",
					List.of(Part.file("receipt", "receipt.png", png)));
		assertThat(receipt.status()).as(receipt.toString()).isEqualTo(200);
		assertThat(receipt.json().at("/data/receipt_url").asString()).contains("/api/v1/files/");
		assertProblem(this.api.as(user).post("/api/v1/planning/admin/payments/" + id + "/approve", "{}"), 403,
				"FORBIDDEN");

		ExecutorService pool = Executors.newFixedThreadPool(2);
		List<Future<Integer>> decisions = new ArrayList<>();
		for (Account deciding : List.of(admin, second)) {
			Callable<Integer> approve = () -> this.api.as(deciding)
				.post("/api/v1/planning/admin/payments/" + id + "/approve", "{\"note\": \"paid\"}")
				.status();
			decisions.add(pool.submit(approve));
		}
		List<Integer> statuses = new ArrayList<>();
		for (Future<Integer> decision : decisions) {
			statuses.add(decision.get());
		}
		pool.shutdown();

		assertThat(statuses).containsExactlyInAnyOrder(200, 409);
		assertThat(balance(user)).isEqualTo(100);
		assertThat(entries(user, "purchase")).isEqualTo(1);
		assertThat(this.jdbc.queryForObject("SELECT uses FROM planning_discount_codes WHERE code = ?", Integer.class,
				code))
			.isEqualTo(1);
		assertThat(this.credits.unbalanced()).doesNotContain(user.id());

		// the code is used up: another user cannot use it
		Account late = this.accounts.create("user");
		assertProblem(this.api.as(late).post("/api/v1/planning/payments", payment(pack, method, code)), 422,
				"VALIDATION_FAILED");
	}

	@Test
	void aReplayedApprovalAnswersTheSameAndCreditsOnce() {
		Account admin = this.accounts.admin();
		Account user = this.accounts.create("user");
		String id = this.api.as(user)
			.post("/api/v1/planning/payments", payment(pack(admin, 40, "9.99"), method(admin), null))
			.json()
			.at("/data/id")
			.asString();

		Reply first = this.api.as(admin)
			.post("/api/v1/planning/admin/payments/" + id + "/approve", "{}", "Idempotency-Key", "approve-" + id);
		Reply again = this.api.as(admin)
			.post("/api/v1/planning/admin/payments/" + id + "/approve", "{}", "Idempotency-Key", "approve-" + id);

		assertThat(first.status()).isEqualTo(200);
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
		assertThat(again.json().at("/data/status").asString()).isEqualTo("approved");
		assertThat(balance(user)).isEqualTo(40);
		assertThat(entries(user, "purchase")).isEqualTo(1);
		// without the key, a second approval is refused, not counted
		assertProblem(this.api.as(admin).post("/api/v1/planning/admin/payments/" + id + "/approve", "{}"), 409,
				"PAYMENT_DECIDED");

		Reply reversed = this.api.as(admin)
			.post("/api/v1/planning/admin/payments/" + id + "/reverse", "{\"note\": \"chargeback\"}");
		assertThat(reversed.json().at("/data/status").asString()).isEqualTo("reversed");
		assertThat(balance(user)).isZero();
		assertThat(entries(user, "refund")).isEqualTo(1);
		assertProblem(
				this.api.as(admin).post("/api/v1/planning/admin/payments/" + id + "/reverse", "{\"note\": \"twice\"}"),
				409, "PAYMENT_DECIDED");
	}

	@Test
	void aReplayedPremiumAnalysisHoldsOnce() {
		Account admin = this.accounts.admin();
		Account user = this.accounts.create("user");
		this.api.as(admin)
			.post("/api/v1/planning/admin/users/" + user.id() + "/credits", "{\"amount\": 30, \"reason\": \"t\"}");
		String body = PlanningSystemTest.body("An evening language school for adults who travel", "premium", "en");

		Reply first = this.api.as(user).post("/api/v1/planning/analyses", body, "Idempotency-Key", "analysis-1");
		Reply again = this.api.as(user).post("/api/v1/planning/analyses", body, "Idempotency-Key", "analysis-1");

		assertThat(first.status()).isEqualTo(201);
		assertThat(again.status()).isEqualTo(201);
		assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
		assertThat(again.json().at("/data/id").asString()).isEqualTo(first.json().at("/data/id").asString());
		assertThat(balance(user)).isEqualTo(20);
		assertThat(entries(user, "hold")).isEqualTo(1);
	}

	@Test
	void usersDecideNothingAndSeeOnlyTheirOwnRequests() {
		Account admin = this.accounts.admin();
		Account user = this.accounts.create("user");
		Account other = this.accounts.create("user");
		String id = this.api.as(user)
			.post("/api/v1/planning/payments", payment(pack(admin, 10, "2.00"), method(admin), null))
			.json()
			.at("/data/id")
			.asString();

		assertThat(this.api.as(other).get("/api/v1/planning/payments").json().path("data")).isEmpty();
		assertProblem(this.api.as(other).post("/api/v1/planning/payments/" + id + "/cancel", "{}"), 404, "NOT_FOUND");
		assertProblem(this.api.as(user).get("/api/v1/planning/admin/payments"), 403, "FORBIDDEN");
		assertProblem(
				this.api.as(user)
					.post("/api/v1/planning/admin/packages",
							"{\"name\": \"Free\", \"credits\": 1000, \"price\": 0, \"currency\": \"EUR\"}"),
				403, "FORBIDDEN");
		assertProblem(this.api.as(admin).post("/api/v1/planning/admin/payments/" + id + "/reject", "{}"), 422,
				"VALIDATION_FAILED");

		assertThat(this.api.as(user)
			.post("/api/v1/planning/payments/" + id + "/cancel", "{}")
			.json()
			.at("/data/status")
			.asString()).isEqualTo("cancelled");
		assertProblem(this.api.as(admin).post("/api/v1/planning/admin/payments/" + id + "/approve", "{}"), 409,
				"PAYMENT_DECIDED");
		assertThat(balance(user)).isZero();
	}

	private String pack(Account admin, long credits, String price) {
		Reply made = this.api.as(admin)
			.post("/api/v1/planning/admin/packages", "{\"name\": \"Pack " + credits + "\", \"credits\": " + credits
					+ ", \"price\": " + price + ", \"currency\": \"eur\"}");
		assertThat(made.status()).as(made.toString()).isEqualTo(201);
		return made.json().at("/data/id").asString();
	}

	private String method(Account admin) {
		Reply made = this.api.as(admin)
			.post("/api/v1/planning/admin/payment-methods",
					"{\"name\": \"Bank transfer\", \"instructions\": {\"en\": \"IBAN IT00 0000\", \"ar\": \"حوالة بنكية\"}}");
		assertThat(made.status()).as(made.toString()).isEqualTo(201);
		return made.json().at("/data/id").asString();
	}

	private static String payment(String pack, String method, String code) {
		return "{\"package_id\": \"" + pack + "\", \"method_id\": \"" + method + "\""
				+ ((code != null) ? ", \"discount_code\": \"" + code + "\"" : "") + "}";
	}

	private long balance(Account user) {
		return this.api.as(user).get("/api/v1/planning/credits").json().at("/data/available").asLong();
	}

	private long entries(Account user, String kind) {
		Long count = this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM planning_credit_entries WHERE user_id = ? AND kind = ?", Long.class, user.id(),
				kind);
		return (count != null) ? count : 0;
	}

}
