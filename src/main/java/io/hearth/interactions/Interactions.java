package io.hearth.interactions;

import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/**
 * The raw table. Only {@link ScopedInteractions} may use it (an architecture test
 * enforces this), so that no query can leave out the site.
 */
interface Interactions extends JpaRepository<Interaction, UUID>, JpaSpecificationExecutor<Interaction> {

	@Modifying
	@Query("delete from Interaction i where i.siteId = :siteId")
	int deleteBySiteId(UUID siteId);

	long countBySearchVersionLessThan(int version);

	@Query("select i from Interaction i where i.searchVersion < :version order by i.id")
	List<Interaction> findStale(int version, Pageable page);

}
