package io.hearth.collections;

import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface Items extends JpaRepository<Item, UUID>, JpaSpecificationExecutor<Item> {

	long countByCategoryId(UUID categoryId);

	long countBySearchVersionLessThan(int version);

	@Query("select i from Item i where i.searchVersion < :version order by i.id")
	List<Item> findStale(int version, Pageable page);

	/** The category's fields changed: its items' select labels may be stale. */
	@Modifying
	@Query("update Item i set i.searchVersion = 0 where i.categoryId = :categoryId")
	int markStale(UUID categoryId);

	@Query("select i.categoryId, count(i) from Item i where i.categoryId in :categoryIds group by i.categoryId")
	List<Object[]> countByCategories(List<UUID> categoryIds);

}
