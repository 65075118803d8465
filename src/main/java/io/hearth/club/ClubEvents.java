package io.hearth.club;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface ClubEvents extends JpaRepository<ClubEvent, UUID>, JpaSpecificationExecutor<ClubEvent> {

	Optional<ClubEvent> findBySlug(String slug);

	/** With its texts and bill in the same statement: what an event's own view reads. */
	@EntityGraph(attributePaths = { "texts", "artists" })
	Optional<ClubEvent> findWithPartsBySlug(String slug);

	boolean existsBySlug(String slug);

	boolean existsByVenueId(UUID venueId);

	boolean existsByArtistsArtistId(UUID artistId);

	java.util.List<ClubEvent> findBySeriesId(UUID seriesId);

	java.util.List<ClubEvent> findTop200BySearchVersionLessThanOrderById(int version);

	long countBySearchVersionLessThan(int version);

}
