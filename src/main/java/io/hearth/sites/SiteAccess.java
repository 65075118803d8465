package io.hearth.sites;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.hearth.identity.CurrentUser;
import io.hearth.identity.Role;
import io.hearth.platform.ApiException;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which site a request works in: the {@code X-Site-Id} header, else the caller's default
 * site, else their only site; otherwise 400 {@code SITE_REQUIRED}. Naming a site the
 * caller is no member of is 403 {@code SITE_FORBIDDEN} (a global admin may name any
 * site). Memberships are read on every request, so a change applies at once.
 */
@Service
public class SiteAccess {

	public static final String HEADER = "X-Site-Id";

	private final Sites sites;

	private final Memberships memberships;

	private final SiteDefaults defaults;

	SiteAccess(Sites sites, Memberships memberships, SiteDefaults defaults) {
		this.sites = sites;
		this.memberships = memberships;
		this.defaults = defaults;
	}

	@Transactional(readOnly = true)
	public ActiveSite resolve(@Nullable String header) {
		UUID userId = CurrentUser.require();
		boolean admin = CurrentUser.has(Role.ADMIN);
		UUID requested = ActiveSite.parse(header);
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
