package io.hearth.identity;

import java.time.Instant;
import java.util.UUID;

/** A user's global role changed; published only when it really differs. */
public record RoleChanged(UUID userId, Role from, Role to, Instant at) {
}
