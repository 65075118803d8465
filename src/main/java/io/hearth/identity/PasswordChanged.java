package io.hearth.identity;

import java.time.Instant;
import java.util.UUID;

/**
 * A user's password was changed by themselves, through a reset link or by an admin.
 * {@code keptSession} is the API session that made the change and stays signed in (null
 * when every session ended).
 */
public record PasswordChanged(UUID userId, @org.jspecify.annotations.Nullable UUID keptSession, Instant at) {
}
