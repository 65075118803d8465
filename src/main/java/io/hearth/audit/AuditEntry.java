package io.hearth.audit;

import java.time.Instant;
import java.util.UUID;

import io.hearth.platform.Ids;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "audit_entries")
class AuditEntry {

	@Id
	private UUID id;

	private String resourceType;

	private UUID resourceId;

	private @Nullable UUID siteId;

	private String action;

	private @Nullable UUID actorId;

	private @Nullable String requestId;

	private String changes;

	private Instant occurredAt;

	protected AuditEntry() {
		// for JPA
	}

	AuditEntry(AuditEvent event, String changesJson, @Nullable String requestId, Instant now) {
		this.id = Ids.newId();
		this.resourceType = event.resourceType();
		this.resourceId = event.resourceId();
		this.siteId = event.siteId();
		this.action = event.action();
		this.actorId = event.actorId();
		this.requestId = requestId;
		this.changes = changesJson;
		this.occurredAt = now;
	}

	UUID id() {
		return this.id;
	}

	@Nullable UUID siteId() {
		return this.siteId;
	}

	String action() {
		return this.action;
	}

	@Nullable UUID actorId() {
		return this.actorId;
	}

	@Nullable String requestId() {
		return this.requestId;
	}

	String changes() {
		return this.changes;
	}

	Instant occurredAt() {
		return this.occurredAt;
	}

}
