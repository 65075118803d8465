package io.hearth.collections;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ItemFieldValues extends JpaRepository<ItemParts.FieldValue, ItemParts.FieldValue.Key> {

	@Modifying
	@Query("delete from ItemFieldValue v where v.key.itemId = :itemId")
	int deleteForItem(UUID itemId);

	@Modifying
	@Query("delete from ItemFieldValue v where v.key.fieldKey in :keys and v.key.itemId in (select i.id from Item i where i.categoryId = :categoryId)")
	int deleteKeysOfCategory(UUID categoryId, List<String> keys);

}
