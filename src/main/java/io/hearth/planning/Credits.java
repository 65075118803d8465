package io.hearth.planning;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.hearth.platform.ApiException;
import io.hearth.platform.Ids;
import io.hearth.platform.InsertOnce;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The credit ledger. Balances change only by conditional updates ({@code … WHERE
 * available >= ?}), never by read-then-write, so concurrent spends cannot take a balance
 * below zero (and a CHECK constraint says so too); every change appends an entry whose
 * (reference, kind) is unique, and a hold moves to captured or released by
 * compare-and-set, so each happens once however often it is asked for.
 */
@Service
class Credits {

	static final String PURCHASE = "purchase";

	static final String GRANT = "grant";

	static final String HOLD = "hold";

	static final String CAPTURE = "capture";

	static final String RELEASE = "release";

	static final String REFUND = "refund";

	static final String ADJUSTMENT = "adjustment";

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final InsertOnce once;

	Credits(JdbcTemplate jdbc, Clock clock, InsertOnce once) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.once = once;
	}

	/**
	 * Takes {@code amount} from the available balance into held, for {@code reference}.
	 * @throws ApiException 402 INSUFFICIENT_CREDITS when the available balance is short
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	void hold(UUID user, long amount, String reference) {
		Instant now = this.clock.instant();
		account(user, now);
		int changed = this.jdbc
			.update("UPDATE planning_credit_accounts SET available = available - ?, held = held + ?, updated_at = ?"
					+ " WHERE user_id = ? AND available >= ?", amount, amount, ts(now), user, amount);
		if (changed == 0) {
			throw new ApiException(HttpStatus.PAYMENT_REQUIRED, "INSUFFICIENT_CREDITS",
					"This needs " + amount + " credits; your available balance is " + balance(user).available());
		}
		if (!this.once.insert("INSERT INTO planning_credit_holds (reference, user_id, amount, state, created_at)"
				+ " VALUES (?, ?, ?, 'held', ?)", reference, user, amount, ts(now))) {
			throw new IllegalStateException("A hold for " + reference + " exists already");
		}
		entry(user, HOLD, -amount, reference, null, now);
	}

	/**
	 * The hold of {@code reference} is spent; false when it was already captured or
	 * released.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	boolean capture(String reference) {
		return settle(reference, "captured", CAPTURE, false);
	}

	/**
	 * The hold of {@code reference} goes back to the available balance; false when
	 * settled.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	boolean release(String reference) {
		return settle(reference, "released", RELEASE, true);
	}

	private boolean settle(String reference, String state, String kind, boolean giveBack) {
		List<Hold> holds = this.jdbc.query("SELECT user_id, amount FROM planning_credit_holds WHERE reference = ?",
				(row, n) -> new Hold(row.getObject(1, UUID.class), row.getLong(2)), reference);
		if (holds.isEmpty()
				|| this.jdbc.update("UPDATE planning_credit_holds SET state = ? WHERE reference = ? AND state = 'held'",
						state, reference) == 0) {
			return false;
		}
		Hold hold = holds.getFirst();
		Instant now = this.clock.instant();
		this.jdbc.update(
				"UPDATE planning_credit_accounts SET held = held - ?, available = available + ?, updated_at = ?"
						+ " WHERE user_id = ? AND held >= ?",
				hold.amount(), giveBack ? hold.amount() : 0, ts(now), hold.user(), hold.amount());
		entry(hold.user(), kind, giveBack ? hold.amount() : 0, reference, null, now);
		return true;
	}

	/**
	 * Adds (or, negative, takes) credits once per (reference, kind): a second call with
	 * the same reference changes nothing and answers false.
	 * @throws ApiException 409 INSUFFICIENT_CREDITS when a negative amount would take the
	 * balance below zero
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	boolean credit(UUID user, String kind, long amount, String reference, @Nullable String note) {
		Instant now = this.clock.instant();
		account(user, now);
		if (!entry(user, kind, amount, reference, note, now)) {
			return false;
		}
		int changed = this.jdbc.update("UPDATE planning_credit_accounts SET available = available + ?, updated_at = ?"
				+ " WHERE user_id = ? AND available + ? >= 0", amount, ts(now), user, amount);
		if (changed == 0) {
			throw new ApiException(HttpStatus.CONFLICT, "INSUFFICIENT_CREDITS",
					"That would take the balance below zero");
		}
		return true;
	}

	Balance balance(UUID user) {
		List<Balance> rows = this.jdbc.query("SELECT available, held FROM planning_credit_accounts WHERE user_id = ?",
				(row, n) -> new Balance(row.getLong(1), row.getLong(2)), user);
		return rows.isEmpty() ? new Balance(0, 0) : rows.getFirst();
	}

	/** The newest entries first. */
	List<Entry> entries(UUID user, int limit) {
		return this.jdbc
			.query("SELECT id, kind, amount, reference, note, created_at FROM planning_credit_entries WHERE user_id = ?"
					+ " ORDER BY created_at DESC, id DESC",
					(row, n) -> new Entry(row.getObject(1, UUID.class), row.getString(2), row.getLong(3),
							row.getString(4), row.getString(5), row.getTimestamp(6).toInstant()),
					user)
			.stream()
			.limit(limit)
			.toList();
	}

	/**
	 * Every account whose balance is not what its entries add up to: available is the sum
	 * of all entries, held the sum of open holds.
	 */
	List<UUID> unbalanced() {
		return this.jdbc.queryForList("SELECT a.user_id FROM planning_credit_accounts a WHERE a.available <>"
				+ " (SELECT COALESCE(SUM(e.amount), 0) FROM planning_credit_entries e WHERE e.user_id = a.user_id)"
				+ " OR a.held <> (SELECT COALESCE(SUM(h.amount), 0) FROM planning_credit_holds h"
				+ " WHERE h.user_id = a.user_id AND h.state = 'held')", UUID.class);
	}

	void forget(UUID user) {
		this.jdbc.update("DELETE FROM planning_credit_holds WHERE user_id = ?", user);
		this.jdbc.update("DELETE FROM planning_credit_entries WHERE user_id = ?", user);
		this.jdbc.update("DELETE FROM planning_credit_accounts WHERE user_id = ?", user);
	}

	private void account(UUID user, Instant now) {
		if (this.jdbc.queryForObject("SELECT COUNT(*) FROM planning_credit_accounts WHERE user_id = ?", Long.class,
				user) == 0) {
			// a concurrent first spend may make it first: it is there, which is all this
			// wants
			this.once.insert("INSERT INTO planning_credit_accounts (user_id, available, held, updated_at)"
					+ " VALUES (?, 0, 0, ?)", user, ts(now));
		}
	}

	/** False when (reference, kind) has its entry already. */
	private boolean entry(UUID user, String kind, long amount, String reference, @Nullable String note, Instant now) {
		return this.once
			.insert("INSERT INTO planning_credit_entries (id, user_id, kind, amount, reference, note, created_at)"
					+ " VALUES (?, ?, ?, ?, ?, ?, ?)", Ids.newId(), user, kind, amount, reference, note, ts(now));
	}

	private static java.sql.Timestamp ts(Instant instant) {
		return java.sql.Timestamp.from(instant);
	}

	private record Hold(UUID user, long amount) {
	}

	/** What a user can spend, and what is held for analyses still generating. */
	record Balance(long available, long held) {
	}

	/** One ledger entry: {@code amount} is what it did to the available balance. */
	record Entry(UUID id, String kind, long amount, String reference, @Nullable String note, Instant at) {
	}

}
