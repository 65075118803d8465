package io.hearth.collections;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ItemLinks extends JpaRepository<ItemParts.Link, UUID> {

	List<ItemParts.Link> findByItemIdInOrderByPosition(List<UUID> itemIds);

}
