package io.hearth.identity;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import io.hearth.platform.Ids;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * An account. State changes are the methods below; the password hash never leaves this
 * module.
 */
@Entity
@Table(name = "users")
class User {

	@Id
	private UUID id;

	private String username;

	private String usernameKey;

	private String email;

	private String emailKey;

	private @Nullable String displayName;

	@Enumerated(EnumType.STRING)
	private Role role;

	@Enumerated(EnumType.STRING)
	private UserStatus status;

	private boolean emailVerified;

	private String language;

	private String passwordHash;

	private int failedLogins;

	private @Nullable Instant lockedUntil;

	private Instant createdAt;

	private Instant updatedAt;

	private @Nullable Instant lastLoginAt;

	@Version
	private @Nullable Long version;

	protected User() {
		// for JPA
	}

	User(String username, String email, @Nullable String displayName, Role role, String passwordHash, Instant now) {
		this.id = Ids.newId();
		rename(username, now);
		changeEmail(email, now);
		this.displayName = displayName;
		this.role = role;
		this.status = UserStatus.ACTIVE;
		this.language = "en";
		this.passwordHash = passwordHash;
		this.createdAt = now;
		this.updatedAt = now;
	}

	static String key(String value) {
		return value.strip().toLowerCase(Locale.ROOT);
	}

	final void rename(String username, Instant now) {
		this.username = username.strip();
		this.usernameKey = key(username);
		this.updatedAt = now;
	}

	/** A new address is unverified until its owner confirms it. */
	final void changeEmail(String email, Instant now) {
		String stripped = email.strip();
		if (!stripped.equals(this.email)) {
			this.email = stripped;
			this.emailKey = key(stripped);
			this.emailVerified = false;
		}
		this.updatedAt = now;
	}

	void updateProfile(@Nullable String displayName, @Nullable String language, Instant now) {
		if (displayName != null) {
			this.displayName = displayName.isBlank() ? null : displayName.strip();
		}
		if (language != null) {
			this.language = language;
		}
		this.updatedAt = now;
	}

	void changeRole(Role role, Instant now) {
		this.role = role;
		this.updatedAt = now;
	}

	void changeStatus(UserStatus status, Instant now) {
		this.status = status;
		this.updatedAt = now;
	}

	void changePassword(String passwordHash, Instant now) {
		this.passwordHash = passwordHash;
		this.failedLogins = 0;
		this.lockedUntil = null;
		this.updatedAt = now;
	}

	void markEmailVerified(Instant now) {
		this.emailVerified = true;
		this.updatedAt = now;
	}

	boolean lockedAt(Instant now) {
		return this.lockedUntil != null && now.isBefore(this.lockedUntil);
	}

	/** A hash made with older settings is replaced at the next successful login. */
	void upgradePasswordHash(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	boolean active() {
		return this.status == UserStatus.ACTIVE;
	}

	UUID id() {
		return this.id;
	}

	String username() {
		return this.username;
	}

	String email() {
		return this.email;
	}

	@Nullable String displayName() {
		return this.displayName;
	}

	Role role() {
		return this.role;
	}

	UserStatus status() {
		return this.status;
	}

	boolean emailVerified() {
		return this.emailVerified;
	}

	String language() {
		return this.language;
	}

	String passwordHash() {
		return this.passwordHash;
	}

	Instant createdAt() {
		return this.createdAt;
	}

	Instant updatedAt() {
		return this.updatedAt;
	}

	@Nullable Instant lastLoginAt() {
		return this.lastLoginAt;
	}

	long version() {
		return (this.version != null) ? this.version : 0;
	}

}
