package io.hearth.identity;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface OneTimeTokens extends JpaRepository<OneTimeToken, UUID> {

	Optional<OneTimeToken> findByTokenHash(String tokenHash);

	/**
	 * A new token of a purpose voids the older unused ones, so only the latest mail
	 * works.
	 */
	@Modifying
	@Query("update OneTimeToken t set t.usedAt = :now where t.userId = :userId and t.purpose = :purpose and t.usedAt is null")
	int voidUnused(UUID userId, OneTimeToken.Purpose purpose, Instant now);

}
