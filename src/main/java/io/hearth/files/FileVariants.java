package io.hearth.files;

import java.util.Collection;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface FileVariants extends JpaRepository<FileVariant, FileVariant.Key> {

	@Modifying
	@Query("delete from FileVariant v where v.key.fileId in :fileIds")
	int deleteForFiles(Collection<UUID> fileIds);

}
