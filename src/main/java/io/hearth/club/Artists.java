package io.hearth.club;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface Artists extends JpaRepository<Artist, UUID>, JpaSpecificationExecutor<Artist> {

	Optional<Artist> findBySlug(String slug);

	boolean existsBySlugAndIdNot(String slug, UUID id);

	boolean existsBySlug(String slug);

	java.util.List<Artist> findTop200BySearchVersionLessThanOrderById(int version);

	long countBySearchVersionLessThan(int version);

}
