package io.hearth.files;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface StoredFiles extends JpaRepository<StoredFile, UUID> {

}

interface FileVariants extends JpaRepository<FileVariant, FileVariant.Key> {

}
