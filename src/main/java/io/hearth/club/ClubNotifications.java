package io.hearth.club;

import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface ClubNotifications extends JpaRepository<ClubNotification, UUID>, JpaSpecificationExecutor<ClubNotification> {

	Page<ClubNotification> findByUserIdAndStatusInOrderByCreatedAtDescIdDesc(UUID userId,
			java.util.Collection<String> statuses, Pageable pageable);

	long countByUserIdAndStatusInAndReadAtIsNull(UUID userId, java.util.Collection<String> statuses);

}
