package io.hearth.planning;

import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface Analyses extends JpaRepository<Analysis, UUID>, JpaSpecificationExecutor<Analysis> {

	/** The ledger reference of an analysis' credits. */
	static String reference(UUID analysis) {
		return "analysis:" + analysis;
	}

	long countBySearchVersionLessThan(int version);

	@Query("select a from Analysis a where a.searchVersion < :version order by a.id")
	List<Analysis> findStale(int version, Pageable page);

	@Query("select a.id from Analysis a where a.ownerId = :ownerId")
	List<UUID> idsOf(UUID ownerId);

}
