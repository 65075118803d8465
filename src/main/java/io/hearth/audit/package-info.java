/**
 * The audit trail: who changed which resource, when, which fields from what to what, with
 * the request id. Any module feeds it by publishing {@link AuditEvent}s; entries are
 * written in the same transaction as the change they describe.
 */
@NullMarked
@ApplicationModule(displayName = "Audit", allowedDependencies = "platform")
package io.hearth.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
