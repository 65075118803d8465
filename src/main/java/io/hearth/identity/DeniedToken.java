package io.hearth.identity;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An access token refused until it would have expired anyway (logout). */
@Entity
@Table(name = "denied_tokens")
class DeniedToken {

	@Id
	private String jti;

	private java.util.UUID sessionId;

	private Instant expiresAt;

	protected DeniedToken() {
		// for JPA
	}

	DeniedToken(String jti, java.util.UUID sessionId, Instant expiresAt) {
		this.jti = jti;
		this.sessionId = sessionId;
		this.expiresAt = expiresAt;
	}

}
