package io.hearth.identity;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** One of the caller's sessions: an API client's or a browser's. */
public record SessionView(UUID id, Instant createdAt, Instant lastUsedAt, Instant expiresAt, @Nullable String ip,
		@Nullable String userAgent, boolean current) {

	static SessionView of(Session session, boolean current) {
		return new SessionView(session.id(), session.createdAt(), session.lastUsedAt(), session.expiresAt(),
				session.ip(), session.userAgent(), current);
	}

}
