package io.hearth.collections;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface Categories extends JpaRepository<Category, UUID> {

	boolean existsByOwnerIdAndNameKey(UUID ownerId, String nameKey);

	@Query("select c from Category c where c.ownerId = :ownerId and (:q is null or c.nameKey like :q escape '!')")
	Page<Category> findForOwner(UUID ownerId, @org.jspecify.annotations.Nullable String q, Pageable pageable);

	@Query("select c from Category c where (:q is null or c.nameKey like :q escape '!')")
	Page<Category> findAllMatching(@org.jspecify.annotations.Nullable String q, Pageable pageable);

	List<Category> findByOwnerIdOrderByNameKey(UUID ownerId);

}

interface Items extends JpaRepository<Item, UUID>, JpaSpecificationExecutor<Item> {

	long countByCategoryId(UUID categoryId);

	@Query("select i.categoryId, count(i) from Item i where i.categoryId in :categoryIds group by i.categoryId")
	List<Object[]> countByCategories(List<UUID> categoryIds);

}

interface ItemLinks extends JpaRepository<ItemParts.Link, UUID> {

	List<ItemParts.Link> findByItemIdInOrderByPosition(List<UUID> itemIds);

	Optional<ItemParts.Link> findByIdAndItemId(UUID id, UUID itemId);

	long countByItemId(UUID itemId);

}

interface ItemPhotos extends JpaRepository<ItemParts.Photo, UUID> {

	List<ItemParts.Photo> findByItemIdInOrderByPosition(List<UUID> itemIds);

	List<ItemParts.Photo> findByItemIdOrderByPosition(UUID itemId);

}

interface ItemFieldValues extends JpaRepository<ItemParts.FieldValue, ItemParts.FieldValue.Key> {

	@Modifying
	@Query("delete from ItemFieldValue v where v.key.itemId = :itemId")
	int deleteForItem(UUID itemId);

	@Modifying
	@Query("delete from ItemFieldValue v where v.key.fieldKey in :keys and v.key.itemId in (select i.id from Item i where i.categoryId = :categoryId)")
	int deleteKeysOfCategory(UUID categoryId, List<String> keys);

}
