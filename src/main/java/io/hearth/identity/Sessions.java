package io.hearth.identity;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface Sessions extends JpaRepository<Session, UUID> {

	@Query("select s from Session s where s.userId = :userId and s.revokedAt is null and s.expiresAt > :now order by s.createdAt desc")
	List<Session> findActive(UUID userId, Instant now);

	@Modifying
	@Query("update Session s set s.revokedAt = :now, s.revokeReason = :reason where s.userId = :userId and s.revokedAt is null and s.id <> :keep")
	int revokeAllExcept(UUID userId, UUID keep, String reason, Instant now);

	@Modifying
	@Query("update Session s set s.revokedAt = :now, s.revokeReason = :reason where s.userId = :userId and s.revokedAt is null")
	int revokeAll(UUID userId, String reason, Instant now);

}
