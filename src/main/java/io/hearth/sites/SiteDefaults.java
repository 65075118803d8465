package io.hearth.sites;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SiteDefaults extends JpaRepository<SiteDefault, UUID> {

	@Modifying
	@Query("delete from SiteDefault d where d.userId = :userId")
	int deleteForUser(UUID userId);

}
