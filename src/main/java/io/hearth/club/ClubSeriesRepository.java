package io.hearth.club;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ClubSeriesRepository extends JpaRepository<ClubSeries, UUID> {

	boolean existsBySlug(String slug);

	List<ClubSeries> findByPublicationNot(String publication);

}
