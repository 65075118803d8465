package io.hearth.club;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface Venues extends JpaRepository<Venue, UUID> {

	Optional<Venue> findBySlug(String slug);

	List<Venue> findByActiveTrue();

	boolean existsBySlugAndIdNot(String slug, UUID id);

	boolean existsBySlug(String slug);

}
