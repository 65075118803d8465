package io.hearth.audit;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface AuditEntries extends JpaRepository<AuditEntry, UUID> {

	List<AuditEntry> findByResourceTypeAndResourceIdOrderByOccurredAtAscIdAsc(String resourceType, UUID resourceId);

}
