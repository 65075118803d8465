package io.hearth.identity;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A user as the API shows them (never the password hash). */
public record UserView(UUID id, String username, String email, @Nullable String displayName, Role role,
		UserStatus status, boolean emailVerified, String language, Instant createdAt, Instant updatedAt,
		@Nullable Instant lastLoginAt, long version) implements io.hearth.platform.Versioned {

	static UserView of(User user) {
		return new UserView(user.id(), user.username(), user.email(), user.displayName(), user.role(), user.status(),
				user.emailVerified(), user.language(), user.createdAt(), user.updatedAt(), user.lastLoginAt(),
				user.version());
	}

}
