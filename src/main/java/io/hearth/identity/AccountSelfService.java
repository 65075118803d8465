package io.hearth.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import io.hearth.platform.IfMatch;
import io.hearth.platform.ApiException;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a signed-in user does to their own account, and the mailed single-use token flows.
 */
@Service
class AccountSelfService {

	static final Duration RESET_VALIDITY = Duration.ofMinutes(30);

	static final Duration VERIFICATION_VALIDITY = Duration.ofHours(24);

	private final Users users;

	private final Sessions sessions;

	private final OneTimeTokens tokens;

	private final PasswordEncoder passwords;

	private final PasswordPolicy policy;

	private final IdentityMails mails;

	private final AccessGate gate;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AccountSelfService(Users users, Sessions sessions, OneTimeTokens tokens, PasswordEncoder passwords,
			PasswordPolicy policy, IdentityMails mails, AccessGate gate, ApplicationEventPublisher events,
			Clock clock) {
		this.users = users;
		this.sessions = sessions;
		this.tokens = tokens;
		this.passwords = passwords;
		this.policy = policy;
		this.mails = mails;
		this.gate = gate;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	UserView me(UUID userId) {
		return UserView.of(find(userId));
	}

	@Transactional
	UserView update(UUID userId, AuthRequests.UpdateMe request, IfMatch ifMatch) {
		User user = find(userId);
		ifMatch.require(user.version());
		Instant now = now();
		user.updateProfile(request.displayName(), request.language(), now);
		String email = request.email();
		if (email != null && !User.key(email).equals(User.key(user.email()))) {
			if (this.users.existsByEmailKey(User.key(email))) {
				throw ApiException.conflict("EMAIL_TAKEN", "An account with that email address exists");
			}
			user.changeEmail(email, now);
			sendVerification(user, now);
		}
		User saved = this.users.saveAndFlush(user);
		this.gate.changed(userId);
		return UserView.of(saved);
	}

	/** Changes the password and ends every other session of the user. */
	@Transactional
	void changePassword(UUID userId, UUID currentSession, AuthRequests.ChangePassword request) {
		User user = find(userId);
		if (!this.passwords.matches(request.currentPassword(), user.passwordHash())) {
			throw ApiException.invalid("current_password", "is not your current password");
		}
		this.policy.check("new_password", request.newPassword(), user.username(), user.email());
		Instant now = now();
		user.changePassword(this.passwords.encode(request.newPassword()), now);
		this.sessions.revokeAllExcept(userId, currentSession, "password_changed", now);
		this.gate.changed(userId);
		this.events.publishEvent(new PasswordChanged(userId, currentSession, now));
	}

	/**
	 * Always accepted, whether or not the address has an account, so it reveals nothing.
	 */
	@Transactional
	void forgotPassword(String email) {
		Instant now = now();
		this.users.findByEmailKey(User.key(email)).filter(User::active).ifPresent((user) -> {
			this.tokens.voidUnused(user.id(), OneTimeToken.Purpose.PASSWORD_RESET, now);
			String token = io.hearth.platform.OpaqueTokens.newToken();
			this.tokens.save(new OneTimeToken(user.id(), OneTimeToken.Purpose.PASSWORD_RESET,
					io.hearth.platform.OpaqueTokens.hash(token), null, now, now.plus(RESET_VALIDITY)));
			this.mails.sendPasswordReset(user.email(), name(user), token);
		});
	}

	/** Spends the reset token, sets the password and ends every session of the user. */
	@Transactional
	void resetPassword(AuthRequests.Reset request) {
		Instant now = now();
		OneTimeToken token = usable(request.token(), OneTimeToken.Purpose.PASSWORD_RESET, now);
		User user = find(token.userId());
		this.policy.check("new_password", request.newPassword(), user.username(), user.email());
		token.use(now);
		user.changePassword(this.passwords.encode(request.newPassword()), now);
		this.sessions.revokeAll(user.id(), "password_reset", now);
		this.gate.changed(user.id());
		this.events.publishEvent(new PasswordChanged(user.id(), null, now));
	}

	@Transactional
	void requestVerification(UUID userId) {
		User user = find(userId);
		if (!user.emailVerified()) {
			sendVerification(user, now());
		}
	}

	@Transactional
	UserView verify(String rawToken) {
		Instant now = now();
		OneTimeToken token = usable(rawToken, OneTimeToken.Purpose.EMAIL_VERIFICATION, now);
		User user = find(token.userId());
		if (token.email() == null || !User.key(token.email()).equals(User.key(user.email()))) {
			// the address changed since the mail was sent
			throw ApiException.invalid("token", "is invalid, expired or already used");
		}
		token.use(now);
		user.markEmailVerified(now);
		this.gate.changed(user.id());
		return UserView.of(this.users.saveAndFlush(user));
	}

	@Transactional(readOnly = true)
	List<SessionView> sessions(UUID userId, UUID currentSession) {
		return this.sessions.findActive(userId, now())
			.stream()
			.map((s) -> SessionView.of(s, s.id().equals(currentSession)))
			.toList();
	}

	@Transactional
	void revokeSession(UUID userId, UUID sessionId) {
		Session session = this.sessions.findById(sessionId)
			.filter((s) -> s.userId().equals(userId))
			.orElseThrow(() -> ApiException.notFound("Session"));
		session.revoke("revoked_by_user", now());
		this.gate.changed(userId);
	}

	private void sendVerification(User user, Instant now) {
		this.tokens.voidUnused(user.id(), OneTimeToken.Purpose.EMAIL_VERIFICATION, now);
		String token = io.hearth.platform.OpaqueTokens.newToken();
		this.tokens.save(new OneTimeToken(user.id(), OneTimeToken.Purpose.EMAIL_VERIFICATION,
				io.hearth.platform.OpaqueTokens.hash(token), user.email(), now, now.plus(VERIFICATION_VALIDITY)));
		this.mails.sendVerification(user.email(), name(user), token);
	}

	private OneTimeToken usable(String rawToken, OneTimeToken.Purpose purpose, Instant now) {
		return this.tokens.findByTokenHash(io.hearth.platform.OpaqueTokens.hash(rawToken))
			.filter((t) -> t.purpose() == purpose && t.usableAt(now))
			.orElseThrow(() -> ApiException.invalid("token", "is invalid, expired or already used"));
	}

	private User find(UUID userId) {
		return this.users.findById(userId).orElseThrow(() -> ApiException.notFound("User"));
	}

	private static String name(User user) {
		return (user.displayName() != null) ? user.displayName() : user.username();
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

}
