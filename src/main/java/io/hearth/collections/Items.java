package io.hearth.collections;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface Items extends JpaRepository<Item, UUID>, JpaSpecificationExecutor<Item> {

	long countByCategoryId(UUID categoryId);

	@Query("select i.categoryId, count(i) from Item i where i.categoryId in :categoryIds group by i.categoryId")
	List<Object[]> countByCategories(List<UUID> categoryIds);

}
