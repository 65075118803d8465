package io.hearth.interactions;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.hearth.platform.ChangeCounters;
import io.hearth.platform.SearchQuery;
import io.hearth.platform.SearchedPage;
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

	private final InteractionSearch search;

	ScopedInteractions(Interactions table, EntityManager entityManager, ChangeCounters counters,
			InteractionSearch search) {
		this.table = table;
		this.search = search;
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
		this.search.indexed(saved);
		changed(site.siteId());
		return saved;
	}

	void delete(ActiveSite site, Interaction interaction) {
		if (!interaction.siteId().equals(site.siteId())) {
			throw new IllegalStateException("An interaction of another site cannot be deleted here");
		}
		this.search.removed(interaction.id());
		this.table.delete(interaction);
		this.table.flush();
		changed(site.siteId());
	}

	/** Everything of a site that no longer exists (it has no active site to pass). */
	int deleteAllOfDeletedSite(UUID siteId) {
		this.search.removedSite(siteId);
		int deleted = this.table.deleteBySiteId(siteId);
		changed(siteId);
		return deleted;
	}

	/**
	 * A numbered page of a search: by relevance (title matches first, then newest) unless
	 * {@code pageable} is sorted; the total is exact up to
	 * {@value SearchedPage#COUNT_LIMIT}.
	 */
	SearchedPage<Interaction> search(ActiveSite site, InteractionFilters filters, SearchQuery query,
			Pageable pageable) {
		Specification<Interaction> spec = inSite(site.siteId()).and(filters.toSpecification())
			.and(this.search.matching(site.siteId(), query));
		List<Interaction> content = pageable.getSort().isSorted()
				? SpecificationQueries.page(this.entityManager, Interaction.class, spec, pageable)
				: SpecificationQueries.tieredPage(this.entityManager, Interaction.class, spec,
						this.search.nameMatching(site.siteId(), query), pageable);
		long counted = (pageable.getOffset() == 0 && content.size() < pageable.getPageSize()) ? content.size()
				: SpecificationQueries.countUpTo(this.entityManager, Interaction.class, spec,
						SearchedPage.COUNT_LIMIT + 1);
		long total = Math.min(counted, SearchedPage.COUNT_LIMIT);
		return new SearchedPage<>(new PageImpl<>(content, pageable, total), counted > SearchedPage.COUNT_LIMIT,
				(total == 0) ? this.search.suggestions(site.siteId(), query) : List.of());
	}

	List<String> suggestions(ActiveSite site, SearchQuery query) {
		return this.search.suggestions(site.siteId(), query);
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

	/** {@link #slice} of a search: every match, newest first. */
	List<Interaction> searchSlice(ActiveSite site, Specification<Interaction> filters, SearchQuery query,
			@Nullable Instant afterCreatedAt, @Nullable UUID afterId, int limit) {
		return slice(site, filters.and(this.search.matching(site.siteId(), query)), afterCreatedAt, afterId, limit);
	}

	long countStale(int version) {
		return this.table.countBySearchVersionLessThan(version);
	}

	/**
	 * Makes the terms of up to {@code limit} stale interactions again, whichever site
	 * they are in (the reindex has no active site: it changes no row's content).
	 */
	int reindexStale(int version, int limit) {
		List<Interaction> stale = this.table.findStale(version,
				org.springframework.data.domain.PageRequest.of(0, limit));
		for (Interaction interaction : stale) {
			interaction.reindex();
			this.search.indexed(interaction);
		}
		return stale.size();
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
