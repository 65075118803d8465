package io.hearth.planning;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.hearth.audit.AuditEvent;
import io.hearth.identity.Caller;
import io.hearth.identity.Role;
import io.hearth.platform.ApiException;
import io.hearth.platform.Ids;
import io.hearth.platform.InsertOnce;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an admin offers: credit packages, payment methods with their instructions per
 * language, and discount codes. Users see the active packages and methods.
 */
@Service
class PlanningCatalog {

	private static final TypeReference<Map<String, String>> TEXTS = new TypeReference<>() {
	};

	private final JdbcTemplate jdbc;

	private final InsertOnce once;

	private final JsonMapper json;

	private final org.springframework.context.ApplicationEventPublisher events;

	private final PlanningProperties properties;

	private final Clock clock;

	PlanningCatalog(JdbcTemplate jdbc, InsertOnce once, JsonMapper json,
			org.springframework.context.ApplicationEventPublisher events, PlanningProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.once = once;
		this.json = json;
		this.events = events;
		this.properties = properties;
		this.clock = clock;
	}

	record Package(UUID id, String name, long credits, BigDecimal price, String currency, boolean active) {
	}

	/**
	 * @param instructions how to pay, per language code
	 */
	record Method(UUID id, String name, Map<String, String> instructions, boolean active) {
	}

	record Code(UUID id, String code, String kind, BigDecimal amount, @Nullable Instant validFrom,
			@Nullable Instant validUntil, @Nullable Integer maxUses, @Nullable Integer maxUsesPerUser, int uses,
			boolean active) {
	}

	static Package pack(ResultSet row) throws SQLException {
		return new Package(row.getObject(1, UUID.class), row.getString(2), row.getLong(3), row.getBigDecimal(4),
				row.getString(5), row.getBoolean(6));
	}

	List<Package> packages(boolean all) {
		return this.jdbc.query("SELECT id, name, credits, price, currency, active FROM planning_packages"
				+ (all ? "" : " WHERE active = TRUE") + " ORDER BY price, name", (row, n) -> pack(row));
	}

	List<Method> methods(boolean all) {
		return this.jdbc.query(
				"SELECT id, name, instructions, active FROM planning_payment_methods"
						+ (all ? "" : " WHERE active = TRUE") + " ORDER BY name",
				(row, n) -> new Method(row.getObject(1, UUID.class), row.getString(2),
						this.json.readValue(row.getString(3), TEXTS), row.getBoolean(4)));
	}

	List<Code> codes(Caller caller) {
		admin(caller);
		return this.jdbc.query(
				"SELECT id, code, kind, amount, valid_from, valid_until, max_uses, max_uses_per_user, uses, active"
						+ " FROM planning_discount_codes ORDER BY code",
				(row, n) -> new Code(row.getObject(1, UUID.class), row.getString(2), row.getString(3),
						row.getBigDecimal(4), instant(row.getTimestamp(5)), instant(row.getTimestamp(6)),
						(Integer) row.getObject(7), (Integer) row.getObject(8), row.getInt(9), row.getBoolean(10)));
	}

	@Transactional
	Package addPackage(Caller caller, String name, long credits, BigDecimal price, String currency) {
		admin(caller);
		String code = currency(currency);
		UUID id = Ids.newId();
		this.jdbc.update("INSERT INTO planning_packages (id, name, credits, price, currency, active, created_at)"
				+ " VALUES (?, ?, ?, ?, ?, TRUE, ?)", id, name.strip(), credits, price, code, now());
		audit("planning_package", id, caller, "created", Map.of("name", name.strip(), "credits", Long.toString(credits),
				"price", price.toPlainString() + " " + code));
		return new Package(id, name.strip(), credits, price, code, true);
	}

	@Transactional
	Method addMethod(Caller caller, String name, Map<String, String> instructions) {
		admin(caller);
		for (String language : instructions.keySet()) {
			if (!this.properties.languages().contains(language)) {
				throw ApiException.invalid("instructions",
						"are written in " + String.join(", ", this.properties.languages()) + "; not " + language);
			}
		}
		UUID id = Ids.newId();
		this.jdbc.update(
				"INSERT INTO planning_payment_methods (id, name, instructions, active, created_at)"
						+ " VALUES (?, ?, ?, TRUE, ?)",
				id, name.strip(), this.json.writeValueAsString(instructions), now());
		audit("planning_payment_method", id, caller, "created", Map.of("name", name.strip()));
		return new Method(id, name.strip(), instructions, true);
	}

	@Transactional
	Code addCode(Caller caller, String code, String kind, BigDecimal amount, @Nullable Instant validFrom,
			@Nullable Instant validUntil, @Nullable Integer maxUses, @Nullable Integer maxUsesPerUser) {
		admin(caller);
		if (!kind.equals("percent") && !kind.equals("fixed")) {
			throw ApiException.invalid("kind", "must be percent or fixed");
		}
		if (kind.equals("percent") && amount.compareTo(BigDecimal.valueOf(100)) > 0) {
			throw ApiException.invalid("amount", "a percentage is at most 100");
		}
		if (validFrom != null && validUntil != null && !validUntil.isAfter(validFrom)) {
			throw ApiException.invalid("valid_until", "must be after valid_from");
		}
		String normal = code.strip().toUpperCase(Locale.ROOT);
		UUID id = Ids.newId();
		if (!this.once.insert("INSERT INTO planning_discount_codes (id, code, kind, amount, valid_from, valid_until,"
				+ " max_uses, max_uses_per_user, uses, active, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, TRUE, ?)",
				id, normal, kind, amount, ts(validFrom), ts(validUntil), maxUses, maxUsesPerUser, now())) {
			throw ApiException.conflict("CODE_TAKEN", "A discount code " + normal + " exists");
		}
		audit("planning_discount_code", id, caller, "created",
				Map.of("code", normal, "kind", kind, "amount", amount.toPlainString()));
		return new Code(id, normal, kind, amount, validFrom, validUntil, maxUses, maxUsesPerUser, 0, true);
	}

	/** Switches a package, method or code on or off. */
	@Transactional
	void setActive(Caller caller, String table, UUID id, boolean active) {
		admin(caller);
		String name = switch (table) {
			case "packages" -> "planning_packages";
			case "payment-methods" -> "planning_payment_methods";
			case "discount-codes" -> "planning_discount_codes";
			default -> throw ApiException.notFound("Catalogue");
		};
		if (this.jdbc.update("UPDATE " + name + " SET active = ? WHERE id = ?", active, id) == 0) {
			throw ApiException.notFound("Entry");
		}
		audit(name.substring(0, name.length() - 1), id, caller, "updated", Map.of("active", Boolean.toString(active)));
	}

	private static String currency(String currency) {
		try {
			return Currency.getInstance(currency.toUpperCase(Locale.ROOT)).getCurrencyCode();
		}
		catch (IllegalArgumentException ex) {
			throw ApiException.invalid("currency", "is not an ISO 4217 currency code");
		}
	}

	private void audit(String type, UUID id, Caller caller, String action, Map<String, String> values) {
		Map<String, AuditEvent.Change> changes = new java.util.TreeMap<>();
		values.forEach((key, value) -> changes.put(key, new AuditEvent.Change(null, value)));
		this.events.publishEvent(new AuditEvent(type, id, null, action, caller.id(), changes));
	}

	static void requireAdmin(Caller caller) {
		if (!caller.has(Role.ADMIN)) {
			throw ApiException.forbidden("This needs the admin role");
		}
	}

	private static void admin(Caller caller) {
		requireAdmin(caller);
	}

	private Timestamp now() {
		return Timestamp.from(this.clock.instant());
	}

	private static @Nullable Timestamp ts(@Nullable Instant instant) {
		return (instant != null) ? Timestamp.from(instant) : null;
	}

	private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
