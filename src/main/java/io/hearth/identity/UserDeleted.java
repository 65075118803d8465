package io.hearth.identity;

import java.time.Instant;
import java.util.UUID;

/**
 * A user was deleted. Published inside the deleting transaction; every module that keeps
 * rows for a user removes them in its own listener (identity owns no one else's tables).
 */
public record UserDeleted(UUID userId, Instant at) {
}
