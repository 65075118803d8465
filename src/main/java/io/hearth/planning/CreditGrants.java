package io.hearth.planning;

import java.util.Map;
import java.util.UUID;

import io.hearth.audit.AuditEvent;
import io.hearth.identity.Caller;
import io.hearth.identity.Role;
import io.hearth.platform.ApiException;
import io.hearth.platform.Ids;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An admin's grants and adjustments of a user's credits, each in the audit trail. */
@Service
class CreditGrants {

	private final Credits credits;

	private final ApplicationEventPublisher events;

	CreditGrants(Credits credits, ApplicationEventPublisher events) {
		this.credits = credits;
		this.events = events;
	}

	@Transactional
	Credits.Balance adjust(Caller caller, UUID user, long amount, String reason) {
		if (!caller.has(Role.ADMIN)) {
			throw ApiException.forbidden("This needs the admin role");
		}
		if (amount == 0) {
			throw ApiException.invalid("amount", "must not be 0");
		}
		String kind = (amount > 0) ? Credits.GRANT : Credits.ADJUSTMENT;
		this.credits.credit(user, kind, amount, "admin:" + Ids.newId(), reason.strip());
		this.events.publishEvent(new AuditEvent("planning_credits", user, null, "updated", caller.id(),
				Map.of("amount", new AuditEvent.Change(null, Long.toString(amount)), "reason",
						new AuditEvent.Change(null, reason.strip()))));
		return this.credits.balance(user);
	}

}
