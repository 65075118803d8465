package io.hearth.planning;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import io.hearth.jobs.RecurringJob;
import io.hearth.platform.Idempotency;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Hourly: every credit balance checked against its ledger (a mismatch is logged as an
 * error naming the accounts, for an operator: balances are never corrected silently), and
 * Idempotency-Keys older than a day removed.
 */
@Component
class PlanningHousekeeping implements RecurringJob {

	private static final Logger log = LoggerFactory.getLogger(PlanningHousekeeping.class);

	private final Credits credits;

	private final Idempotency idempotency;

	PlanningHousekeeping(Credits credits, Idempotency idempotency) {
		this.credits = credits;
		this.idempotency = idempotency;
	}

	@Override
	public String name() {
		return "planning.housekeeping";
	}

	@Override
	public Duration interval() {
		return Duration.ofHours(1);
	}

	@Override
	public void run() {
		List<UUID> unbalanced = this.credits.unbalanced();
		if (!unbalanced.isEmpty()) {
			log.error("Credit balances that do not match their ledger: {}", unbalanced);
		}
		int expired = this.idempotency.expire();
		log.debug("Credits reconciled; {} idempotency keys expired", expired);
	}

}
