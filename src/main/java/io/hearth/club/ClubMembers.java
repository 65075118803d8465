package io.hearth.club;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ClubMembers extends JpaRepository<ClubMember, UUID> {

	Optional<ClubMember> findByCalendarTokenHash(String calendarTokenHash);

	List<ClubMember> findByUserIdIn(Collection<UUID> userIds);

	java.util.List<ClubMember> findByWeeklyDigestTrue();

}
