package io.hearth.audit;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The audit module alone: an entry is written in the publisher's transaction, rolls back
 * with it, and cannot be written outside one.
 */
@ApplicationModuleTest
@ActiveProfiles("test")
class AuditModuleTest {

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	AuditTrail trail;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void shouldRecordAnEventInThePublishersTransactionOldestFirst() {
		UUID resource = UUID.randomUUID();
		UUID actor = UUID.randomUUID();
		this.transactions.executeWithoutResult((s) -> this.events.publishEvent(new AuditEvent("thing", resource, null,
				"created", actor, Map.of("name", new AuditEvent.Change(null, "A")))));
		this.transactions.executeWithoutResult((s) -> this.events.publishEvent(new AuditEvent("thing", resource, null,
				"updated", actor, Map.of("name", new AuditEvent.Change("A", "B")))));
		assertThat(this.trail.history("thing", resource)).extracting(AuditTrail.Entry::action)
			.containsExactly("created", "updated");
		assertThat(this.trail.history("thing", resource).get(1).changes()).containsEntry("name",
				new AuditEvent.Change("A", "B"));
	}

	@Test
	void shouldRollAnEntryBackWithTheChangeItDescribes() {
		UUID resource = UUID.randomUUID();
		this.transactions.executeWithoutResult((status) -> {
			this.events.publishEvent(new AuditEvent("thing", resource, null, "created", null, Map.of()));
			status.setRollbackOnly();
		});
		assertThat(this.trail.history("thing", resource)).isEmpty();
	}

	@Test
	void shouldRefuseAnEntryOutsideATransaction() {
		assertThatThrownBy(() -> this.events
			.publishEvent(new AuditEvent("thing", UUID.randomUUID(), null, "created", null, Map.of())))
			.isInstanceOf(IllegalTransactionStateException.class);
	}

}
