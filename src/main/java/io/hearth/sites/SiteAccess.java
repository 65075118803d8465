package io.hearth.sites;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.hearth.identity.Caller;
import io.hearth.platform.ApiException;
import io.hearth.platform.ChangeCounters;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Which site a request works in: the {@code X-Site-Id} header, else the caller's default
 * site, else their only site; otherwise 400 {@code SITE_REQUIRED}. Naming a site the
 * caller is no member of is 403 {@code SITE_FORBIDDEN} (a global admin may name any
 * site). The answer is cached per caller and header, and used only while the sites change
 * counter (moved after every committed change to sites, memberships and default sites, on
 * any instance) stays put, so a change applies on the next request.
 */
@Service
public class SiteAccess {

	public static final String HEADER = "X-Site-Id";

	private static final String COUNTER = "sites:v";

	private final Sites sites;

	private final Memberships memberships;

	private final SiteDefaults defaults;

	private final ChangeCounters counters;

	private final TransactionTemplate readOnly;

	private final Cache<Asked, Resolved> resolved = Caffeine.newBuilder()
		.maximumSize(100_000)
		.expireAfterWrite(Duration.ofMinutes(10))
		.build();

	SiteAccess(Sites sites, Memberships memberships, SiteDefaults defaults, ChangeCounters counters,
			PlatformTransactionManager transactionManager) {
		this.sites = sites;
		this.memberships = memberships;
		this.defaults = defaults;
		this.counters = counters;
		this.readOnly = new TransactionTemplate(transactionManager);
		this.readOnly.setReadOnly(true);
	}

	private record Asked(UUID userId, @Nullable UUID requested, boolean admin) {
	}

	private record Resolved(ActiveSite site, long stamp) {
	}

	public ActiveSite resolve(Caller caller, @Nullable String header) {
		UUID userId = caller.id();
		boolean admin = caller.isAdmin();
		Asked asked = new Asked(userId, ActiveSite.parse(header), admin);
		long stamp = this.counters.current(COUNTER);
		Resolved hit = this.resolved.getIfPresent(asked);
		if (hit != null && hit.stamp() == stamp) {
			return hit.site();
		}
		ActiveSite site = this.readOnly.execute((status) -> resolve(userId, admin, asked.requested()));
		this.resolved.put(asked, new Resolved(site, stamp));
		return site;
	}

	/** Cached answers are stale once the current transaction commits. */
	void changed() {
		this.counters.bumpAfterCommit(COUNTER);
	}

	private ActiveSite resolve(UUID userId, boolean admin, @Nullable UUID requested) {
		if (requested != null) {
			return of(requested, userId, admin).orElseThrow(() -> new ApiException(HttpStatus.FORBIDDEN,
					"SITE_FORBIDDEN", "You are not a member of site " + requested));
		}
		Optional<UUID> preferred = this.defaults.findById(userId).map(SiteDefault::siteId);
		if (preferred.isPresent()) {
			Optional<ActiveSite> site = of(preferred.get(), userId, admin);
			if (site.isPresent()) {
				return site.get();
			}
		}
		List<Membership> mine = this.memberships.findByUser(userId);
		if (mine.size() == 1) {
			return of(mine.get(0).siteId(), userId, admin).orElseThrow();
		}
		throw new ApiException(HttpStatus.BAD_REQUEST, "SITE_REQUIRED",
				"Choose a site: send the X-Site-Id header or set a default site with POST /api/v1/auth/site");
	}

	/** The sites the caller is a member of, with the role in each (the site switcher). */
	@Transactional(readOnly = true)
	public List<ActiveSite> mine(Caller caller) {
		return this.memberships.findByUser(caller.id())
			.stream()
			.flatMap((m) -> this.sites.findById(m.siteId())
				.map((site) -> new ActiveSite(site.id(), site.name(), m.role(), caller.id(), caller.isAdmin()))
				.stream())
			.sorted(java.util.Comparator.comparing(ActiveSite::siteName))
			.toList();
	}

	/**
	 * The caller's standing in a given site, if they have one (a global admin always
	 * has).
	 */
	@Transactional(readOnly = true)
	public Optional<ActiveSite> of(UUID siteId, UUID userId, boolean globalAdmin) {
		Optional<Memberships.Standing> standing = this.memberships.standing(siteId, userId);
		if (standing.isEmpty() || (standing.get().getRole() == null && !globalAdmin)) {
			return Optional.empty();
		}
		SiteRole role = globalAdmin ? SiteRole.SITE_ADMIN : standing.get().getRole();
		return Optional.of(new ActiveSite(siteId, standing.get().getName(), role, userId, globalAdmin));
	}

	@Transactional(readOnly = true)
	public Optional<String> name(UUID siteId) {
		return this.sites.findById(siteId).map(Site::name);
	}

}
