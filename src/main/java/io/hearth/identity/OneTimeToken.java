package io.hearth.identity;

import java.time.Instant;
import java.util.UUID;

import io.hearth.platform.Ids;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * A single-use token sent by mail (password reset, email verification), stored by hash.
 */
@Entity
@Table(name = "one_time_tokens")
class OneTimeToken {

	enum Purpose {

		PASSWORD_RESET, EMAIL_VERIFICATION

	}

	@Id
	private UUID id;

	private UUID userId;

	@Enumerated(EnumType.STRING)
	private Purpose purpose;

	private String tokenHash;

	private @Nullable String email;

	private Instant createdAt;

	private Instant expiresAt;

	private @Nullable Instant usedAt;

	protected OneTimeToken() {
		// for JPA
	}

	OneTimeToken(UUID userId, Purpose purpose, String tokenHash, @Nullable String email, Instant now,
			Instant expiresAt) {
		this.id = Ids.newId();
		this.userId = userId;
		this.purpose = purpose;
		this.tokenHash = tokenHash;
		this.email = email;
		this.createdAt = now;
		this.expiresAt = expiresAt;
	}

	boolean usableAt(Instant now) {
		return this.usedAt == null && now.isBefore(this.expiresAt);
	}

	void use(Instant now) {
		this.usedAt = now;
	}

	UUID userId() {
		return this.userId;
	}

	Purpose purpose() {
		return this.purpose;
	}

	@Nullable String email() {
		return this.email;
	}

}
