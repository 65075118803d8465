package io.hearth.identity;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.hearth.platform.ChangeCounters;
import org.jspecify.annotations.Nullable;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The per-request check after the signature, expiry and issuer: the token's session is
 * live, its {@code jti} not denied and its user active. The answer is cached per session
 * together with the user's current role and profile, and recomputed from the database
 * when the user's change counter moved, so the check costs a map lookup (plus one Redis
 * GET with Redis) and any revocation holds on the next request. Authorities come from the
 * current role, not the token's claim, so a demotion also holds at once.
 */
@Component
class AccessGate implements OAuth2TokenValidator<Jwt>, Converter<Jwt, AbstractAuthenticationToken> {

	private static final OAuth2Error REVOKED = new OAuth2Error("invalid_token", "The token was revoked", null);

	private final Cache<String, State> states = Caffeine.newBuilder()
		.maximumSize(100_000)
		.expireAfterWrite(Duration.ofMinutes(15))
		.build();

	private final IdentityQueries queries;

	private final ChangeCounters signal;

	private final Clock clock;

	private final UserDirectory directory;

	AccessGate(IdentityQueries queries, ChangeCounters signal, Clock clock, UserDirectory directory) {
		this.queries = queries;
		this.signal = signal;
		this.clock = clock;
		this.directory = directory;
	}

	@Override
	public OAuth2TokenValidatorResult validate(Jwt jwt) {
		State state = state(jwt);
		return (state != null && state.allows(jwt.getId())) ? OAuth2TokenValidatorResult.success()
				: OAuth2TokenValidatorResult.failure(REVOKED);
	}

	@Override
	public AbstractAuthenticationToken convert(Jwt jwt) {
		State state = state(jwt);
		Role role = (state != null) ? state.user().role() : Role.USER;
		return new JwtAuthenticationToken(jwt, List.of(new SimpleGrantedAuthority("ROLE_" + role.name())),
				jwt.getSubject());
	}

	/** The cached profile of the caller, as of this request. */
	@Nullable UserView current(Jwt jwt) {
		State state = state(jwt);
		return (state != null) ? state.user() : null;
	}

	// keyed by the claim strings as they come: no parsing on the hot path, only on a
	// reload
	private @Nullable State state(Jwt jwt) {
		String sessionId = jwt.getClaimAsString("sid");
		String userId = jwt.getSubject();
		if (sessionId == null || userId == null) {
			return null;
		}
		long version = this.signal.current(signalKey(userId));
		State cached = this.states.getIfPresent(sessionId);
		if (cached != null && cached.version() == version && cached.userId().equals(userId)) {
			return cached;
		}
		UUID session = uuid(sessionId);
		UUID user = uuid(userId);
		if (session == null || user == null) {
			return null;
		}
		// read the counter before the database: a bump racing with this load makes the
		// next request reload
		State loaded = this.queries.sessionState(session, user, this.clock.instant())
			.map((s) -> new State(userId, s.user(), s.deniedJtis(), version))
			.orElse(null);
		if (loaded != null) {
			this.states.put(sessionId, loaded);
		}
		else {
			this.states.invalidate(sessionId);
		}
		return loaded;
	}

	/**
	 * Signals that the user's tokens must be checked again, once the current transaction
	 * commits (so that no instance reloads the old state in between).
	 */
	void changed(UUID userId) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					AccessGate.this.directory.forget(userId);
					AccessGate.this.signal.bump(signalKey(userId.toString()));
				}
			});
		}
		else {
			this.directory.forget(userId);
			this.signal.bump(signalKey(userId.toString()));
		}
	}

	/**
	 * Moves whenever something that affects the user's tokens changes (logout, session
	 * revocation, disabling, deletion, role or profile change).
	 */
	private static String signalKey(String userId) {
		return "auth:v:" + userId;
	}

	private static @Nullable UUID uuid(@Nullable String value) {
		if (value == null) {
			return null;
		}
		try {
			return UUID.fromString(value);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/** A live session's user and the denied token ids of that session. */
	record State(String userId, UserView user, java.util.Set<String> deniedJtis, long version) {

		boolean allows(@Nullable String jti) {
			return jti == null || !this.deniedJtis.contains(jti);
		}

	}

}
