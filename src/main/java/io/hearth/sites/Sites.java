package io.hearth.sites;

import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Sites extends JpaRepository<Site, UUID> {

	boolean existsByNameKey(String nameKey);

	@Query("select s from Site s where s.id in (select m.key.siteId from Membership m where m.key.userId = :userId)")
	Page<Site> findForMember(UUID userId, Pageable pageable);

}
