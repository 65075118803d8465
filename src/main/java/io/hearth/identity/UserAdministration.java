package io.hearth.identity;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import io.hearth.platform.IfMatch;
import io.hearth.platform.ApiException;
import io.hearth.platform.LikePatterns;
import io.hearth.platform.PageQuery;
import io.hearth.platform.SortParameter;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Managing accounts through the admin API (admins only, checked here); the command line,
 * bootstrap and seeders go through {@link UserProvisioning}. No change may leave the
 * system without an active admin; disabling or deleting a user ends their sessions at
 * once. Each consequence for other modules is an event ({@link UserDeleted},
 * {@link UserDisabled}, {@link RoleChanged}, {@link PasswordChanged}) published in the
 * changing transaction.
 */
@Service
class UserAdministration {

	static final SortParameter SORT = SortParameter.allow(Map.of("created_at", "createdAt", "username", "usernameKey",
			"email", "emailKey", "last_login_at", "lastLoginAt"), Sort.by(Sort.Order.desc("createdAt")));

	private final Users users;

	private final Sessions sessions;

	private final PasswordEncoder passwords;

	private final PasswordPolicy policy;

	private final SignIn signIn;

	private final AccessGate gate;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	UserAdministration(Users users, Sessions sessions, PasswordEncoder passwords, PasswordPolicy policy, SignIn signIn,
			AccessGate gate, ApplicationEventPublisher events, Clock clock) {
		this.users = users;
		this.sessions = sessions;
		this.passwords = passwords;
		this.policy = policy;
		this.signIn = signIn;
		this.gate = gate;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasRole('ADMIN')")
	Page<UserView> list(@Nullable String q, @Nullable Role role, @Nullable UserStatus status, PageQuery paging,
			@Nullable String sort) {
		String pattern = (q == null || q.isBlank()) ? null : LikePatterns.contains(q.strip());
		return this.users.search(pattern, role, status, paging.toPageable(SORT.parse(sort, "id"))).map(UserView::of);
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasRole('ADMIN')")
	UserView get(UUID id) {
		return UserView.of(find(id));
	}

	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	UserView create(AdminRequests.CreateUser request) {
		return UserView.of(createUser(request.username(), request.email(), request.password(), request.displayName(),
				(request.role() != null) ? request.role() : Role.USER, Boolean.TRUE.equals(request.emailVerified())));
	}

	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	UserView update(UUID id, AdminRequests.UpdateUser request, IfMatch ifMatch) {
		User user = find(id);
		ifMatch.require(user.version());
		Instant now = now();
		if (request.username() != null && !User.key(request.username()).equals(User.key(user.username()))) {
			if (this.users.existsByUsernameKey(User.key(request.username()))) {
				throw ApiException.conflict("USERNAME_TAKEN", "That username is taken");
			}
			user.rename(request.username(), now);
		}
		if (request.email() != null && !User.key(request.email()).equals(User.key(user.email()))) {
			if (this.users.existsByEmailKey(User.key(request.email()))) {
				throw ApiException.conflict("EMAIL_TAKEN", "An account with that email address exists");
			}
			user.changeEmail(request.email(), now);
		}
		user.updateProfile(request.displayName(), request.language(), now);
		Role role = (request.role() != null) ? request.role() : user.role();
		UserStatus status = (request.status() != null) ? request.status() : user.status();
		requireAnotherAdminIfLosing(user, role, status);
		Role before = user.role();
		boolean wasActive = user.active();
		user.changeRole(role, now);
		user.changeStatus(status, now);
		if (status == UserStatus.DISABLED) {
			this.sessions.revokeAll(user.id(), "user_disabled", now);
		}
		User saved = this.users.saveAndFlush(user);
		this.gate.changed(user.id());
		if (before != role) {
			this.events.publishEvent(new RoleChanged(user.id(), before, role, now));
		}
		if (wasActive && status == UserStatus.DISABLED) {
			this.events.publishEvent(new UserDisabled(user.id(), now));
		}
		return UserView.of(saved);
	}

	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	void setPassword(UUID id, String password) {
		setPassword(find(id), password);
	}

	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	int revokeSessions(UUID id) {
		User user = find(id);
		int revoked = this.sessions.revokeAll(user.id(), "revoked_by_admin", now());
		this.gate.changed(user.id());
		return revoked;
	}

	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	void delete(UUID id, IfMatch ifMatch) {
		User user = find(id);
		ifMatch.require(user.version());
		requireAnotherAdminIfLosing(user, Role.USER, UserStatus.DISABLED);
		Instant now = now();
		this.sessions.revokeAll(user.id(), "user_deleted", now);
		this.users.delete(user);
		this.gate.changed(user.id());
		this.events.publishEvent(new UserDeleted(user.id(), now));
	}

	/**
	 * A user disabled without a caller (the command line); see {@link UserProvisioning}.
	 */
	UserView disable(User user) {
		requireAnotherAdminIfLosing(user, user.role(), UserStatus.DISABLED);
		Instant now = now();
		boolean wasActive = user.active();
		user.changeStatus(UserStatus.DISABLED, now);
		this.sessions.revokeAll(user.id(), "user_disabled", now);
		this.gate.changed(user.id());
		if (wasActive) {
			this.events.publishEvent(new UserDisabled(user.id(), now));
		}
		return UserView.of(this.users.saveAndFlush(user));
	}

	boolean hasActiveAdmin() {
		return this.users.countByRoleAndStatus(Role.ADMIN, UserStatus.ACTIVE) > 0;
	}

	User createUser(String username, String email, String password, @Nullable String displayName, Role role,
			boolean emailVerified) {
		this.policy.check("password", password, username, email);
		this.signIn.requireFree(username, email);
		Instant now = now();
		User user = new User(username, email, displayName, role, this.passwords.encode(password), now);
		if (emailVerified) {
			user.markEmailVerified(now);
		}
		return this.users.saveAndFlush(user);
	}

	void setPassword(User user, String password) {
		this.policy.check("password", password, user.username(), user.email());
		Instant now = now();
		user.changePassword(this.passwords.encode(password), now);
		this.sessions.revokeAll(user.id(), "password_set_by_admin", now);
		this.users.saveAndFlush(user);
		this.gate.changed(user.id());
		this.events.publishEvent(new PasswordChanged(user.id(), null, now));
	}

	private void requireAnotherAdminIfLosing(User user, Role newRole, UserStatus newStatus) {
		boolean activeAdminNow = user.role() == Role.ADMIN && user.active();
		boolean activeAdminAfter = newRole == Role.ADMIN && newStatus == UserStatus.ACTIVE;
		if (activeAdminNow && !activeAdminAfter
				&& this.users.countByRoleAndStatus(Role.ADMIN, UserStatus.ACTIVE) <= 1) {
			throw ApiException.conflict("LAST_ADMIN", "This is the last active admin; make another admin first");
		}
	}

	private User find(UUID id) {
		return this.users.findById(id).orElseThrow(() -> ApiException.notFound("User"));
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

}
