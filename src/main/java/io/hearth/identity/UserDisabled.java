package io.hearth.identity;

import java.time.Instant;
import java.util.UUID;

/**
 * An active user was disabled (by an admin or the command line); their API sessions are
 * already revoked when this is published, other sessions (pages) end on it.
 */
public record UserDisabled(UUID userId, Instant at) {
}
