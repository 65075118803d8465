package io.hearth.club;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.UUID;

import io.hearth.audit.AuditEvent;
import io.hearth.identity.Caller;
import io.hearth.identity.Role;
import io.hearth.platform.ApiException;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The staff's side of every club write: the role check (in the service, not only by URL)
 * and the audit entry of what changed, field by field, published in the writing
 * transaction.
 */
@Component
class ClubAudit {

	private final ApplicationEventPublisher events;

	private final ClubAnswers answers;

	ClubAudit(ApplicationEventPublisher events, ClubAnswers answers) {
		this.answers = answers;
		this.events = events;
	}

	static boolean isStaff(Caller caller) {
		return caller.has(Role.STAFF);
	}

	static void requireStaff(Caller caller) {
		if (!caller.has(Role.STAFF)) {
			throw ApiException.forbidden("This needs the staff role");
		}
	}

	void changed(String type, UUID id, String action, Caller caller, Map<String, @Nullable String> before,
			Map<String, @Nullable String> after) {
		record(type, id, action, caller.id(), before, after);
	}

	/** A change a job made on staff's behalf (a scheduled publication): no actor. */
	void changedBySystem(String type, UUID id, Map<String, @Nullable String> before,
			Map<String, @Nullable String> after) {
		record(type, id, "updated", null, before, after);
	}

	private void record(String type, UUID id, String action, @Nullable UUID actor, Map<String, @Nullable String> before,
			Map<String, @Nullable String> after) {
		Map<String, AuditEvent.Change> changes = new LinkedHashMap<>();
		TreeSet<String> fields = new TreeSet<>(before.keySet());
		fields.addAll(after.keySet());
		for (String field : fields) {
			if (!Objects.equals(before.get(field), after.get(field))) {
				changes.put(field, new AuditEvent.Change(before.get(field), after.get(field)));
			}
		}
		this.events.publishEvent(new AuditEvent(type, id, null, action, actor, changes));
		// every audited change is one readers may see
		this.answers.changed();
	}

}
