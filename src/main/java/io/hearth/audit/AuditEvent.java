package io.hearth.audit;

import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Something changed. Publish it inside the transaction that made the change.
 *
 * @param resourceType e.g. {@code interaction}
 * @param action {@code created}, {@code updated} or {@code deleted}
 * @param changes field name to old and new value; for a creation the new values, for a
 * deletion the old
 */
public record AuditEvent(String resourceType, UUID resourceId, @Nullable UUID siteId, String action,
		@Nullable UUID actorId, Map<String, Change> changes) {

	/** One field's values before and after ({@code null} when absent). */
	public record Change(@Nullable String from, @Nullable String to) {
	}

}
