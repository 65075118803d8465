package io.hearth.identity;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface RefreshTokens extends JpaRepository<RefreshToken, UUID> {

	Optional<RefreshToken> findByTokenHash(String tokenHash);

	/**
	 * Spends the token if nobody did yet; 0 means another request spent it first (or
	 * earlier).
	 */
	@Modifying
	@Query("update RefreshToken t set t.spentAt = :now where t.id = :id and t.spentAt is null")
	int spend(UUID id, Instant now);

}
