package io.hearth.identity;

import java.time.Instant;
import java.util.UUID;

import io.hearth.platform.Ids;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * One login on one device: the refresh tokens rotate within it, and revoking it ends them
 * all.
 */
@Entity
@Table(name = "sessions")
class Session {

	@Id
	private UUID id;

	private UUID userId;

	private Instant createdAt;

	private Instant lastUsedAt;

	private Instant expiresAt;

	private @Nullable Instant revokedAt;

	private @Nullable String revokeReason;

	private @Nullable String ip;

	private @Nullable String userAgent;

	protected Session() {
		// for JPA
	}

	Session(UUID userId, @Nullable String ip, @Nullable String userAgent, Instant now, Instant expiresAt) {
		this.id = Ids.newId();
		this.userId = userId;
		this.ip = ip;
		this.userAgent = (userAgent != null && userAgent.length() > 255) ? userAgent.substring(0, 255) : userAgent;
		this.createdAt = now;
		this.lastUsedAt = now;
		this.expiresAt = expiresAt;
	}

	boolean usableAt(Instant now) {
		return this.revokedAt == null && now.isBefore(this.expiresAt);
	}

	void revoke(String reason, Instant now) {
		if (this.revokedAt == null) {
			this.revokedAt = now;
			this.revokeReason = reason;
		}
	}

	void extend(Instant now, Instant expiresAt, @Nullable String ip) {
		this.lastUsedAt = now;
		this.expiresAt = expiresAt;
		if (ip != null) {
			this.ip = ip;
		}
	}

	UUID id() {
		return this.id;
	}

	UUID userId() {
		return this.userId;
	}

	Instant createdAt() {
		return this.createdAt;
	}

	Instant lastUsedAt() {
		return this.lastUsedAt;
	}

	Instant expiresAt() {
		return this.expiresAt;
	}

	@Nullable Instant revokedAt() {
		return this.revokedAt;
	}

	@Nullable String ip() {
		return this.ip;
	}

	@Nullable String userAgent() {
		return this.userAgent;
	}

}
