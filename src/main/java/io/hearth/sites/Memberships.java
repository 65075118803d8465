package io.hearth.sites;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface Memberships extends JpaRepository<Membership, Membership.Key> {

	/**
	 * The site's name and the user's role there (null when no member), in one query;
	 * empty when no such site.
	 */
	@Query("""
			select s.name as name, m.role as role from Site s
			left join Membership m on m.key.siteId = s.id and m.key.userId = :userId
			where s.id = :siteId""")
	Optional<Standing> standing(UUID siteId, UUID userId);

	interface Standing {

		String getName();

		@org.jspecify.annotations.Nullable
		SiteRole getRole();

	}

	@Query("select m from Membership m where m.key.userId = :userId")
	List<Membership> findByUser(UUID userId);

	@Query("select m from Membership m where m.key.siteId = :siteId")
	Page<Membership> findBySite(UUID siteId, Pageable pageable);

	@Query("select count(m) from Membership m where m.key.siteId = :siteId")
	long countBySite(UUID siteId);

	@Query("select count(m) from Membership m where m.key.siteId = :siteId and m.role = :role")
	long countBySiteAndRole(UUID siteId, SiteRole role);

	@Modifying
	@Query("delete from Membership m where m.key.userId = :userId")
	int deleteForUser(UUID userId);

	default Optional<Membership> find(UUID siteId, UUID userId) {
		return findById(new Membership.Key(siteId, userId));
	}

}
