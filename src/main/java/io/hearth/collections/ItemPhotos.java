package io.hearth.collections;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ItemPhotos extends JpaRepository<ItemParts.Photo, UUID> {

	List<ItemParts.Photo> findByItemIdInOrderByPosition(List<UUID> itemIds);

}
