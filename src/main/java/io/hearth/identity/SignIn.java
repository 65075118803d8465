package io.hearth.identity;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

import io.hearth.platform.ApiException;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Register, login, refresh and logout. Login answers the same, and spends the same bcrypt
 * time, for an unknown login, a wrong password and a locked account.
 */
@Service
class SignIn {

	static final String INVALID_CREDENTIALS = "INVALID_CREDENTIALS";

	private final Users users;

	private final Sessions sessions;

	private final RefreshTokens refreshTokens;

	private final DeniedTokens deniedTokens;

	private final PasswordEncoder passwords;

	private final PasswordPolicy policy;

	private final AccessTokens accessTokens;

	private final AccessGate gate;

	private final IdentityProperties properties;

	private final Clock clock;

	private final String dummyHash;

	SignIn(Users users, Sessions sessions, RefreshTokens refreshTokens, DeniedTokens deniedTokens,
			PasswordEncoder passwords, PasswordPolicy policy, AccessTokens accessTokens, AccessGate gate,
			IdentityProperties properties, Clock clock) {
		this.users = users;
		this.sessions = sessions;
		this.refreshTokens = refreshTokens;
		this.deniedTokens = deniedTokens;
		this.passwords = passwords;
		this.policy = policy;
		this.accessTokens = accessTokens;
		this.gate = gate;
		this.properties = properties;
		this.clock = clock;
		this.dummyHash = passwords.encode("timing-equaliser-" + UUID.randomUUID());
	}

	@Transactional
	AuthResult register(AuthRequests.Register request, Client client) {
		if (!this.properties.registrationOpen()) {
			throw ApiException.forbidden("Registration is closed; ask an administrator for an account");
		}
		this.policy.check("password", request.password(), request.username(), request.email());
		requireFree(request.username(), request.email());
		User user = new User(request.username(), request.email(), request.displayName(), Role.USER,
				this.passwords.encode(request.password()), now());
		this.users.saveAndFlush(user);
		this.users.recordLogin(user.id(), now());
		return startSession(this.users.findById(user.id()).orElseThrow(), client);
	}

	void requireFree(String username, String email) {
		if (this.users.existsByUsernameKey(User.key(username))) {
			throw ApiException.conflict("USERNAME_TAKEN", "That username is taken");
		}
		if (this.users.existsByEmailKey(User.key(email))) {
			throw ApiException.conflict("EMAIL_TAKEN", "An account with that email address exists");
		}
	}

	/** Failure counters must survive the 401, hence no rollback for client errors. */
	@Transactional(noRollbackFor = ApiException.class)
	AuthResult login(AuthRequests.Login request, Client client) {
		Instant now = now();
		String key = User.key(request.login());
		Optional<User> found = key.contains("@") ? this.users.findByEmailKey(key) : this.users.findByUsernameKey(key);
		if (found.isEmpty() || found.get().lockedAt(now)) {
			this.passwords.matches(request.password(), this.dummyHash);
			throw invalidCredentials();
		}
		User user = found.get();
		if (!this.passwords.matches(request.password(), user.passwordHash())) {
			this.users.countFailedLogin(user.id());
			this.users.lockIfTooManyFailures(user.id(), this.properties.maxFailedLogins(),
					now.plus(this.properties.lockout()));
			throw invalidCredentials();
		}
		if (!user.active()) {
			throw new ApiException(HttpStatus.FORBIDDEN, "ACCOUNT_DISABLED", "This account is disabled");
		}
		if (this.passwords.upgradeEncoding(user.passwordHash())) {
			user.upgradePasswordHash(this.passwords.encode(request.password()));
		}
		this.users.recordLogin(user.id(), now);
		return startSession(this.users.findById(user.id()).orElseThrow(), client);
	}

	/**
	 * Spends the refresh token and issues a new pair. A token spent less than the grace
	 * window ago (two tabs refreshing at once) still works; one spent earlier is a
	 * replay, and ends the session.
	 */
	@io.hearth.platform.RetryOnLockConflict
	@Transactional(noRollbackFor = ApiException.class)
	AuthResult refresh(String refreshToken, Client client) {
		Instant now = now();
		RefreshToken token = this.refreshTokens.findByTokenHash(io.hearth.platform.OpaqueTokens.hash(refreshToken))
			.orElseThrow(SignIn::invalidRefresh);
		Session session = this.sessions.findById(token.sessionId()).orElseThrow(SignIn::invalidRefresh);
		User user = this.users.findById(session.userId()).orElseThrow(SignIn::invalidRefresh);
		if (!session.usableAt(now) || !user.active() || !now.isBefore(token.expiresAt())) {
			throw invalidRefresh();
		}
		Instant spentAt = token.spentAt();
		if (spentAt == null && this.refreshTokens.spend(token.id(), now) == 1) {
			return rotate(user, session, client, now);
		}
		// spent before this transaction began (spentAt known), or by a concurrent request
		// just now
		Instant spent = (spentAt != null) ? spentAt : now;
		if (!now.isAfter(spent.plus(this.properties.refreshGrace()))) {
			return rotate(user, session, client, now);
		}
		session.revoke("refresh_token_reuse", now);
		this.gate.changed(user.id());
		throw invalidRefresh();
	}

	@Transactional
	void logout(UUID userId, UUID sessionId, String jti, Instant accessExpiresAt, boolean all) {
		Instant now = now();
		this.sessions.findById(sessionId)
			.filter((s) -> s.userId().equals(userId))
			.ifPresent((s) -> s.revoke("logout", now));
		this.deniedTokens.save(new DeniedToken(jti, sessionId, accessExpiresAt));
		if (all) {
			this.sessions.revokeAll(userId, "logout_all", now);
		}
		this.gate.changed(userId);
	}

	/** A browser signing out: its session ends; it holds no access token to deny. */
	@Transactional
	void endSession(UUID userId, UUID sessionId) {
		this.sessions.findById(sessionId)
			.filter((s) -> s.userId().equals(userId))
			.ifPresent((s) -> s.revoke("logout", now()));
		this.gate.changed(userId);
	}

	AuthResult startSession(User user, Client client) {
		Instant now = now();
		Session session = this.sessions.save(new Session(user.id(), client.ip(), client.userAgent(), now,
				now.plus(this.properties.refreshTokenTtl())));
		String refresh = io.hearth.platform.OpaqueTokens.newToken();
		this.refreshTokens.save(new RefreshToken(session.id(), io.hearth.platform.OpaqueTokens.hash(refresh), now,
				session.expiresAt()));
		this.users.flush();
		return AuthResult.of(user, this.accessTokens.issue(user, session.id()), refresh);
	}

	private AuthResult rotate(User user, Session session, Client client, Instant now) {
		Instant expires = now.plus(this.properties.refreshTokenTtl());
		session.extend(now, expires, client.ip());
		String refresh = io.hearth.platform.OpaqueTokens.newToken();
		this.refreshTokens
			.save(new RefreshToken(session.id(), io.hearth.platform.OpaqueTokens.hash(refresh), now, expires));
		return AuthResult.of(user, this.accessTokens.issue(user, session.id()), refresh);
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	static ApiException invalidCredentials() {
		return new ApiException(HttpStatus.UNAUTHORIZED, INVALID_CREDENTIALS, "Invalid login or password");
	}

	static ApiException invalidRefresh() {
		return new ApiException(HttpStatus.UNAUTHORIZED, "INVALID_REFRESH_TOKEN",
				"The refresh token is invalid, expired or already used; log in again");
	}

	/** Where a request came from, recorded on its session. */
	record Client(@Nullable String ip, @Nullable String userAgent) {
	}

}
