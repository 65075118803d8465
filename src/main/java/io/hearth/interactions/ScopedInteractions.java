package io.hearth.interactions;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.hearth.platform.ChangeCounters;
import io.hearth.platform.SpecificationQueries;
import io.hearth.sites.ActiveSite;
import io.hearth.sites.SiteStatistics;
import jakarta.persistence.EntityManager;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/**
 * The only way to the interactions table: every method takes the site first and adds it
 * to the query, so a row of another site can neither be read nor written (it is simply
 * not found).
 */
@Component
class ScopedInteractions implements SiteStatistics {

	private final Interactions table;

	private final EntityManager entityManager;

	private final ChangeCounters counters;

	/**
	 * Totals of numbered pages, by site and filters: counting a large site costs more
	 * than fetching a page. Used while the site's change counter (moved after every
	 * committed write, on any instance) stays put.
	 */
	private final Cache<CountKey, Long> totals = Caffeine.newBuilder()
		.maximumSize(10_000)
		.expireAfterWrite(Duration.ofMinutes(5))
		.build();

	ScopedInteractions(Interactions table, EntityManager entityManager, ChangeCounters counters) {
		this.table = table;
		this.entityManager = entityManager;
		this.counters = counters;
	}

	Optional<Interaction> find(ActiveSite site, UUID id) {
		return this.table.findOne(inSite(site.siteId()).and((root, query, cb) -> cb.equal(root.get("id"), id)));
	}

	Interaction save(ActiveSite site, Interaction interaction) {
		if (!interaction.siteId().equals(site.siteId())) {
			throw new IllegalStateException("An interaction of another site cannot be written here");
		}
		Interaction saved = this.table.saveAndFlush(interaction);
		changed(site.siteId());
		return saved;
	}

	void delete(ActiveSite site, Interaction interaction) {
		if (!interaction.siteId().equals(site.siteId())) {
			throw new IllegalStateException("An interaction of another site cannot be deleted here");
		}
		this.table.delete(interaction);
		this.table.flush();
		changed(site.siteId());
	}

	/** Everything of a site that no longer exists (it has no active site to pass). */
	int deleteAllOfDeletedSite(UUID siteId) {
		int deleted = this.table.deleteBySiteId(siteId);
		changed(siteId);
		return deleted;
	}

	Page<Interaction> page(ActiveSite site, InteractionFilters filters, Pageable pageable) {
		Specification<Interaction> spec = inSite(site.siteId()).and(filters.toSpecification());
		List<Interaction> content = SpecificationQueries.page(this.entityManager, Interaction.class, spec, pageable);
		long total = (pageable.getOffset() == 0 && content.size() < pageable.getPageSize()) ? content.size()
				: this.totals.get(new CountKey(site.siteId(), this.counters.current(counter(site.siteId())), filters),
						(key) -> this.table.count(spec));
		return new PageImpl<>(content, pageable, total);
	}

	/**
	 * Newest first, after the given row (or from the top): a keyset page that costs the
	 * same at any depth.
	 */
	List<Interaction> slice(ActiveSite site, Specification<Interaction> filters, @Nullable Instant afterCreatedAt,
			@Nullable UUID afterId, int limit) {
		return SpecificationQueries.newestFirst(this.entityManager, Interaction.class,
				inSite(site.siteId()).and(filters), afterCreatedAt, afterId, limit);
	}

	@Override
	public String name() {
		return "interaction_count";
	}

	@Override
	public long count(UUID siteId) {
		return this.table.count(inSite(siteId));
	}

	/** Cached totals of the site are stale once this transaction commits. */
	private void changed(UUID siteId) {
		this.counters.bumpAfterCommit(counter(siteId));
	}

	private static String counter(UUID siteId) {
		return "interactions:v:" + siteId;
	}

	private record CountKey(UUID siteId, long stamp, InteractionFilters filters) {
	}

	private static Specification<Interaction> inSite(UUID siteId) {
		return (root, query, cb) -> cb.equal(root.get("siteId"), siteId);
	}

}
