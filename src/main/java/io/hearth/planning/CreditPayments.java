package io.hearth.planning;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.hearth.audit.AuditEvent;
import io.hearth.files.FileManagement;
import io.hearth.identity.Caller;
import io.hearth.identity.Role;
import io.hearth.platform.ApiException;
import io.hearth.platform.Ids;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Buying credits: a payment request for a package by a method, its amount computed here
 * from the package and the discount (never taken from the client), a receipt image, and
 * an admin's decision. Every transition is a compare-and-set on the status, so two admins
 * approving at once credit the user once; approval also counts the discount once, within
 * its limits. Every decision is in the audit trail.
 */
@Service
class CreditPayments {

	static final String SUBMITTED = "submitted";

	static final String APPROVED = "approved";

	static final String REJECTED = "rejected";

	static final String CANCELLED = "cancelled";

	static final String REVERSED = "reversed";

	private final JdbcTemplate jdbc;

	private final Credits credits;

	private final FileManagement files;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CreditPayments(JdbcTemplate jdbc, Credits credits, FileManagement files, ApplicationEventPublisher events,
			Clock clock) {
		this.jdbc = jdbc;
		this.credits = credits;
		this.files = files;
		this.events = events;
		this.clock = clock;
	}

	/** A payment request as its user and the admins see it. */
	record Payment(UUID id, UUID userId, UUID packageId, UUID methodId, @Nullable String discountCode, long credits,
			BigDecimal amount, String currency, String status, @Nullable UUID receiptFileId,
			@Nullable String receiptUrl, @Nullable String note, Instant createdAt, @Nullable Instant decidedAt) {
	}

	@Transactional
	Payment submit(Caller caller, UUID packageId, UUID methodId, @Nullable String code) {
		PlanningCatalog.Package chosen = this.jdbc
			.query("SELECT id, name, credits, price, currency, active FROM planning_packages WHERE id = ?",
					(row, n) -> PlanningCatalog.pack(row), packageId)
			.stream()
			.filter(PlanningCatalog.Package::active)
			.findFirst()
			.orElseThrow(() -> ApiException.invalid("package_id", "is not an active package"));
		Long methods = this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM planning_payment_methods WHERE id = ? AND active = TRUE", Long.class, methodId);
		if (methods == null || methods == 0) {
			throw ApiException.invalid("method_id", "is not an active payment method");
		}
		UUID discount = null;
		BigDecimal amount = chosen.price();
		if (code != null && !code.isBlank()) {
			Discount found = discount(code).orElseThrow(() -> ApiException.invalid("discount_code", "is not valid"));
			Instant now = this.clock.instant();
			if (!found.usable(now) || usedBy(found.id(), caller.id()) >= found.perUser(Integer.MAX_VALUE)) {
				throw ApiException.invalid("discount_code", "is not valid now");
			}
			discount = found.id();
			amount = found.apply(amount);
		}
		UUID id = Ids.newId();
		Instant now = this.clock.instant();
		this.jdbc.update(
				"INSERT INTO planning_payments (id, user_id, package_id, method_id, discount_code_id, credits,"
						+ " amount, currency, status, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				id, caller.id(), chosen.id(), methodId, discount, chosen.credits(), amount, chosen.currency(),
				SUBMITTED, Timestamp.from(now));
		audit(id, caller, "created", Map.of("amount", amount.toPlainString() + " " + chosen.currency(), "credits",
				Long.toString(chosen.credits())));
		return find(id).orElseThrow();
	}

	@Transactional
	Payment attachReceipt(Caller caller, UUID id, InputStream image) throws IOException {
		Payment payment = own(caller, id);
		if (!payment.status().equals(SUBMITTED)) {
			throw ApiException.conflict("PAYMENT_DECIDED", "The payment request is " + payment.status());
		}
		UUID file = this.files.storeImage(caller.id(), "receipt", image).id();
		this.jdbc.update("UPDATE planning_payments SET receipt_file_id = ? WHERE id = ?", file, id);
		if (payment.receiptFileId() != null) {
			this.files.delete(List.of(payment.receiptFileId()));
		}
		return find(id).orElseThrow();
	}

	@Transactional
	Payment cancel(Caller caller, UUID id) {
		own(caller, id);
		move(id, SUBMITTED, CANCELLED, caller, null);
		return find(id).orElseThrow();
	}

	/**
	 * Credits the user once: the status moves submitted → approved for one caller only.
	 */
	@Transactional
	Payment approve(Caller caller, UUID id, @Nullable String note) {
		admin(caller);
		Payment payment = find(id).orElseThrow(() -> ApiException.notFound("Payment"));
		move(id, SUBMITTED, APPROVED, caller, note);
		if (payment.discountCode() != null) {
			UUID discount = this.jdbc.queryForObject("SELECT discount_code_id FROM planning_payments WHERE id = ?",
					UUID.class, id);
			if (this.jdbc.update("UPDATE planning_discount_codes SET uses = uses + 1 WHERE id = ?"
					+ " AND (max_uses IS NULL OR uses < max_uses)", discount) == 0) {
				throw ApiException.conflict("DISCOUNT_EXHAUSTED",
						"The discount code has been used as often as it may; reject the request or ask for a new one");
			}
		}
		this.credits.credit(payment.userId(), Credits.PURCHASE, payment.credits(), "payment:" + id, note);
		return find(id).orElseThrow();
	}

	@Transactional
	Payment reject(Caller caller, UUID id, String note) {
		admin(caller);
		find(id).orElseThrow(() -> ApiException.notFound("Payment"));
		move(id, SUBMITTED, REJECTED, caller, note);
		return find(id).orElseThrow();
	}

	/** Takes an approved payment's credits back with a compensating entry. */
	@Transactional
	Payment reverse(Caller caller, UUID id, String note) {
		admin(caller);
		Payment payment = find(id).orElseThrow(() -> ApiException.notFound("Payment"));
		move(id, APPROVED, REVERSED, caller, note);
		this.credits.credit(payment.userId(), Credits.REFUND, -payment.credits(), "payment:" + id, note);
		return find(id).orElseThrow();
	}

	List<Payment> mine(Caller caller) {
		return query("WHERE p.user_id = ? ORDER BY p.created_at DESC", caller.id());
	}

	List<Payment> queue(Caller caller, String status) {
		admin(caller);
		return query("WHERE p.status = ? ORDER BY p.created_at", status);
	}

	private void move(UUID id, String from, String to, Caller caller, @Nullable String note) {
		int changed = this.jdbc.update(
				"UPDATE planning_payments SET status = ?, note = COALESCE(?, note), decided_by = ?, decided_at = ?"
						+ " WHERE id = ? AND status = ?",
				to, note, caller.id(), Timestamp.from(this.clock.instant()), id, from);
		if (changed == 0) {
			String now = find(id).map(Payment::status).orElse("gone");
			throw ApiException.conflict("PAYMENT_DECIDED", "The payment request is " + now + ", not " + from);
		}
		audit(id, caller, to, (note != null) ? Map.of("status", to, "note", note) : Map.of("status", to));
	}

	private Payment own(Caller caller, UUID id) {
		return find(id).filter((p) -> p.userId().equals(caller.id()))
			.orElseThrow(() -> ApiException.notFound("Payment"));
	}

	Optional<Payment> find(UUID id) {
		return query("WHERE p.id = ?", id).stream().findFirst();
	}

	private List<Payment> query(String where, Object... args) {
		List<Payment> rows = this.jdbc.query(
				"SELECT p.id, p.user_id, p.package_id, p.method_id, d.code, p.credits, p.amount, p.currency, p.status,"
						+ " p.receipt_file_id, p.note, p.created_at, p.decided_at FROM planning_payments p"
						+ " LEFT JOIN planning_discount_codes d ON d.id = p.discount_code_id " + where,
				(row, n) -> new Payment(row.getObject(1, UUID.class), row.getObject(2, UUID.class),
						row.getObject(3, UUID.class), row.getObject(4, UUID.class), row.getString(5), row.getLong(6),
						row.getBigDecimal(7), row.getString(8), row.getString(9), row.getObject(10, UUID.class), null,
						row.getString(11), row.getTimestamp(12).toInstant(),
						(row.getTimestamp(13) != null) ? row.getTimestamp(13).toInstant() : null),
				args);
		List<UUID> receipts = rows.stream().map(Payment::receiptFileId).filter(java.util.Objects::nonNull).toList();
		if (receipts.isEmpty()) {
			return rows;
		}
		var views = this.files.views(receipts);
		return rows.stream()
			.map((p) -> (p.receiptFileId() == null || !views.containsKey(p.receiptFileId())) ? p
					: new Payment(p.id(), p.userId(), p.packageId(), p.methodId(), p.discountCode(), p.credits(),
							p.amount(), p.currency(), p.status(), p.receiptFileId(),
							views.get(p.receiptFileId()).urls().get("original"), p.note(), p.createdAt(),
							p.decidedAt()))
			.toList();
	}

	Optional<Discount> discount(String code) {
		return this.jdbc
			.query("SELECT id, kind, amount, valid_from, valid_until, max_uses, max_uses_per_user, uses, active"
					+ " FROM planning_discount_codes WHERE code = ?",
					(row, n) -> new Discount(row.getObject(1, UUID.class), row.getString(2), row.getBigDecimal(3),
							instant(row.getTimestamp(4)), instant(row.getTimestamp(5)), (Integer) row.getObject(6),
							(Integer) row.getObject(7), row.getInt(8), row.getBoolean(9)),
					code.strip().toUpperCase(Locale.ROOT))
			.stream()
			.findFirst();
	}

	private long usedBy(UUID discount, UUID user) {
		Long used = this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM planning_payments WHERE discount_code_id = ? AND user_id = ? AND status IN (?, ?)",
				Long.class, discount, user, SUBMITTED, APPROVED);
		return (used != null) ? used : 0;
	}

	private void audit(UUID id, Caller caller, String action, Map<String, String> values) {
		Map<String, AuditEvent.Change> changes = new java.util.TreeMap<>();
		values.forEach((key, value) -> changes.put(key, new AuditEvent.Change(null, value)));
		this.events.publishEvent(new AuditEvent("planning_payment", id, null,
				action.equals("created") ? "created" : "updated", caller.id(), changes));
	}

	private static void admin(Caller caller) {
		if (!caller.has(Role.ADMIN)) {
			throw new ApiException(HttpStatus.FORBIDDEN, "FORBIDDEN", "This needs the admin role");
		}
	}

	private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	/** A discount code and its limits. */
	record Discount(UUID id, String kind, BigDecimal amount, @Nullable Instant validFrom, @Nullable Instant validUntil,
			@Nullable Integer maxUses, @Nullable Integer maxUsesPerUser, int uses, boolean active) {

		boolean usable(Instant now) {
			return this.active && (this.validFrom == null || !now.isBefore(this.validFrom))
					&& (this.validUntil == null || now.isBefore(this.validUntil))
					&& (this.maxUses == null || this.uses < this.maxUses);
		}

		int perUser(int otherwise) {
			return (this.maxUsesPerUser != null) ? this.maxUsesPerUser : otherwise;
		}

		/** The price after the discount, never below zero, to the cent. */
		BigDecimal apply(BigDecimal price) {
			BigDecimal off = this.kind.equals("percent")
					? price.multiply(this.amount).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP)
					: this.amount;
			return price.subtract(off).max(BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP);
		}

	}

}
