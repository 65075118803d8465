package io.hearth.identity;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The database side of {@link AccessGate}: one session row and its user. */
@Component
class IdentityQueries {

	private final Sessions sessions;

	private final Users users;

	private final DeniedTokens denied;

	IdentityQueries(Sessions sessions, Users users, DeniedTokens denied) {
		this.sessions = sessions;
		this.users = users;
		this.denied = denied;
	}

	/**
	 * The session's user, when the session is live, belongs to that user, and the user is
	 * active.
	 */
	@Transactional(readOnly = true)
	Optional<SessionState> sessionState(UUID sessionId, UUID userId, Instant now) {
		return this.sessions.findById(sessionId)
			.filter((session) -> session.userId().equals(userId) && session.usableAt(now))
			.flatMap((session) -> this.users.findById(userId))
			.filter(User::active)
			.map((user) -> new SessionState(UserView.of(user), Set.copyOf(this.denied.jtisOfSession(sessionId))));
	}

	record SessionState(UserView user, Set<String> deniedJtis) {
	}

}
