package io.hearth.interactions;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.hearth.sites.ActiveSite;
import io.hearth.sites.SiteStatistics;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
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

	ScopedInteractions(Interactions table) {
		this.table = table;
	}

	Optional<Interaction> find(ActiveSite site, UUID id) {
		return this.table.findOne(inSite(site.siteId()).and((root, query, cb) -> cb.equal(root.get("id"), id)));
	}

	Interaction save(ActiveSite site, Interaction interaction) {
		if (!interaction.siteId().equals(site.siteId())) {
			throw new IllegalStateException("An interaction of another site cannot be written here");
		}
		return this.table.saveAndFlush(interaction);
	}

	void delete(ActiveSite site, Interaction interaction) {
		if (!interaction.siteId().equals(site.siteId())) {
			throw new IllegalStateException("An interaction of another site cannot be deleted here");
		}
		this.table.delete(interaction);
		this.table.flush();
	}

	Page<Interaction> page(ActiveSite site, Specification<Interaction> filters, Pageable pageable) {
		return this.table.findAll(inSite(site.siteId()).and(filters), pageable);
	}

	/**
	 * Newest first, after the given row (or from the top): a keyset page that costs the
	 * same at any depth.
	 */
	List<Interaction> slice(ActiveSite site, Specification<Interaction> filters, @Nullable Instant afterCreatedAt,
			@Nullable UUID afterId, int limit) {
		Specification<Interaction> spec = inSite(site.siteId()).and(filters);
		if (afterCreatedAt != null && afterId != null) {
			spec = spec.and((root, query, cb) -> cb.or(cb.lessThan(root.get("createdAt"), afterCreatedAt),
					cb.and(cb.equal(root.get("createdAt"), afterCreatedAt), cb.lessThan(root.get("id"), afterId))));
		}
		return this.table.findBy(spec,
				(q) -> q.sortBy(Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"))).limit(limit).all());
	}

	@Override
	public String name() {
		return "interaction_count";
	}

	@Override
	public long count(UUID siteId) {
		return this.table.count(inSite(siteId));
	}

	private static Specification<Interaction> inSite(UUID siteId) {
		return (root, query, cb) -> cb.equal(root.get("siteId"), siteId);
	}

}
