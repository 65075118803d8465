package io.hearth.identity;

import java.time.Instant;
import java.util.UUID;

import io.hearth.platform.Ids;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** One refresh token of a session, by hash; spent on first use. */
@Entity
@Table(name = "refresh_tokens")
class RefreshToken {

	@Id
	private UUID id;

	private UUID sessionId;

	private String tokenHash;

	private Instant issuedAt;

	private Instant expiresAt;

	private @Nullable Instant spentAt;

	protected RefreshToken() {
		// for JPA
	}

	RefreshToken(UUID sessionId, String tokenHash, Instant now, Instant expiresAt) {
		this.id = Ids.newId();
		this.sessionId = sessionId;
		this.tokenHash = tokenHash;
		this.issuedAt = now;
		this.expiresAt = expiresAt;
	}

	UUID id() {
		return this.id;
	}

	UUID sessionId() {
		return this.sessionId;
	}

	Instant expiresAt() {
		return this.expiresAt;
	}

	@Nullable Instant spentAt() {
		return this.spentAt;
	}

}
