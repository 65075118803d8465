package io.hearth.identity;

import java.time.Instant;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface DeniedTokens extends JpaRepository<DeniedToken, String> {

	@Query("select d.jti from DeniedToken d where d.sessionId = :sessionId")
	java.util.Set<String> jtisOfSession(java.util.UUID sessionId);

	@Modifying
	@Query("delete from DeniedToken d where d.expiresAt < :now")
	int deleteExpired(Instant now);

}
