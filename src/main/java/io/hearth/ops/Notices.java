package io.hearth.ops;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Notices extends JpaRepository<Notice, UUID> {

	List<Notice> findAllByOrderByCreatedAtDescIdDesc(Limit limit);

	/** The keyset page after ({@code createdAt}, {@code id}), newest first. */
	@Query("""
			select n from Notice n
			where n.createdAt <= :createdAt and (n.createdAt < :createdAt or n.id < :id)
			order by n.createdAt desc, n.id desc""")
	List<Notice> findPageAfter(Instant createdAt, UUID id, Limit limit);

}
