package io.hearth.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Records {@link AuditEvent}s and answers "what happened to this resource". */
@Service
public class AuditTrail {

	private static final TypeReference<Map<String, AuditEvent.Change>> CHANGES = new TypeReference<>() {
	};

	private final AuditEntries entries;

	private final JsonMapper json;

	private final Clock clock;

	AuditTrail(AuditEntries entries, JsonMapper json, Clock clock) {
		this.entries = entries;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * Written in the publisher's transaction: a change and its audit entry commit or roll
	 * back together.
	 */
	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void record(AuditEvent event) {
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		this.entries
			.save(new AuditEntry(event, this.json.writeValueAsString(event.changes()), MDC.get("request_id"), now));
	}

	/** Oldest first. */
	@Transactional(readOnly = true)
	public List<Entry> history(String resourceType, UUID resourceId) {
		return this.entries.findByResourceTypeAndResourceIdOrderByOccurredAtAscIdAsc(resourceType, resourceId)
			.stream()
			.map((e) -> new Entry(e.id(), e.action(), e.actorId(), e.occurredAt(), e.requestId(), e.siteId(),
					this.json.readValue(e.changes(), CHANGES)))
			.toList();
	}

	/** One entry of a resource's history. */
	public record Entry(UUID id, String action, @Nullable UUID actorId, Instant at, @Nullable String requestId,
			@Nullable UUID siteId, Map<String, AuditEvent.Change> changes) {
	}

}
