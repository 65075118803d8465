package io.hearth.collections;

import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Categories extends JpaRepository<Category, UUID> {

	boolean existsByOwnerIdAndNameKey(UUID ownerId, String nameKey);

	@Query("select c from Category c where c.ownerId = :ownerId and (:q is null or c.nameKey like :q escape '!')")
	Page<Category> findForOwner(UUID ownerId, @org.jspecify.annotations.Nullable String q, Pageable pageable);

	@Query("select c from Category c where (:q is null or c.nameKey like :q escape '!')")
	Page<Category> findAllMatching(@org.jspecify.annotations.Nullable String q, Pageable pageable);

	List<Category> findByOwnerIdOrderByNameKey(UUID ownerId);

}
