package io.hearth.files;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StoredFiles extends JpaRepository<StoredFile, UUID> {

	@Query("select f.id from StoredFile f where f.ownerId = :ownerId")
	List<UUID> findIdsByOwnerId(UUID ownerId);

}
