package io.hearth.sites;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import io.hearth.identity.Caller;
import io.hearth.identity.UserDirectory;
import io.hearth.identity.UserView;
import io.hearth.platform.ApiException;
import io.hearth.platform.IfMatch;
import io.hearth.platform.PageQuery;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sites and their members. Reading a site needs membership (or the global admin role);
 * changing it needs {@code site_admin} there; creating and deleting sites is for global
 * admins. A site that has members always keeps a {@code site_admin}.
 */
@Service
public class SiteManagement {

	private final Sites sites;

	private final Memberships memberships;

	private final SiteDefaults defaults;

	private final SiteAccess access;

	private final UserDirectory users;

	private final List<SiteStatistics> statistics;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SiteManagement(Sites sites, Memberships memberships, SiteDefaults defaults, SiteAccess access, UserDirectory users,
			List<SiteStatistics> statistics, ApplicationEventPublisher events, Clock clock) {
		this.sites = sites;
		this.memberships = memberships;
		this.defaults = defaults;
		this.access = access;
		this.users = users;
		this.statistics = statistics;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	List<MySite> mySites(Caller caller) {
		UUID me = caller.id();
		UUID current = this.defaults.findById(me).map(SiteDefault::siteId).orElse(null);
		return this.memberships.findByUser(me).stream().map((m) -> {
			Site site = this.sites.findById(m.siteId()).orElseThrow();
			return new MySite(SiteView.of(site), m.role(), site.id().equals(current));
		}).toList();
	}

	@Transactional
	@io.hearth.platform.RetryOnLockConflict
	MySite chooseDefault(Caller caller, UUID siteId) {
		this.access.changed();
		UUID me = caller.id();
		Membership membership = this.memberships.find(siteId, me)
			.orElseThrow(() -> new ApiException(org.springframework.http.HttpStatus.FORBIDDEN, "SITE_FORBIDDEN",
					"You are not a member of site " + siteId));
		this.defaults.findById(me)
			.ifPresentOrElse((d) -> d.moveTo(siteId), () -> this.defaults.save(new SiteDefault(me, siteId)));
		return new MySite(SiteView.of(this.sites.findById(siteId).orElseThrow()), membership.role(), true);
	}

	@Transactional(readOnly = true)
	public Page<SiteView> list(Caller caller, PageQuery paging) {
		var pageable = paging.toPageable(Sort.by("nameKey", "id"));
		Page<Site> page = caller.isAdmin() ? this.sites.findAll(pageable)
				: this.sites.findForMember(caller.id(), pageable);
		return page.map(SiteView::of);
	}

	@Transactional(readOnly = true)
	public SiteDetail get(Caller caller, UUID id) {
		ActiveSite standing = standing(caller, id);
		Site site = this.sites.findById(id).orElseThrow();
		Map<String, Long> counts = new LinkedHashMap<>();
		this.statistics.forEach((s) -> counts.put(s.name(), s.count(id)));
		return new SiteDetail(site.id(), site.name(), site.description(), site.active(), site.createdAt(),
				site.updatedAt(), site.version(),
				this.memberships.find(id, standing.userId()).map(Membership::role).orElse(null),
				this.memberships.countBySite(id), counts);
	}

	@Transactional
	@io.hearth.platform.RetryOnLockConflict
	@PreAuthorize("hasRole('ADMIN')")
	public SiteView create(SiteRequests.Create request) {
		this.access.changed();
		requireFreeName(request.name());
		return SiteView.of(this.sites.saveAndFlush(new Site(request.name(), request.description(), now())));
	}

	@Transactional
	@io.hearth.platform.RetryOnLockConflict
	public SiteView update(Caller caller, UUID id, SiteRequests.Update request, IfMatch ifMatch) {
		this.access.changed();
		standing(caller, id).require(SiteRole.SITE_ADMIN);
		Site site = this.sites.findById(id).orElseThrow();
		ifMatch.require(site.version());
		String name = (request.name() != null) ? request.name() : site.name();
		if (!Site.key(name).equals(Site.key(site.name()))) {
			requireFreeName(name);
		}
		site.change(name, (request.description() != null) ? request.description() : site.description(),
				(request.isActive() != null) ? request.isActive() : site.active(), now());
		return SiteView.of(this.sites.saveAndFlush(site));
	}

	@Transactional
	@io.hearth.platform.RetryOnLockConflict
	@PreAuthorize("hasRole('ADMIN')")
	public void delete(UUID id, boolean force) {
		this.access.changed();
		Site site = this.sites.findById(id).orElseThrow(() -> ApiException.notFound("Site"));
		if (!force) {
			for (SiteStatistics statistic : this.statistics) {
				long count = statistic.count(id);
				if (count > 0) {
					throw ApiException.conflict("SITE_NOT_EMPTY", "The site still has " + count + " "
							+ statistic.name().replace("_count", "s") + "; delete them first or pass force=true");
				}
			}
		}
		this.sites.delete(site);
		this.events.publishEvent(new SiteDeleted(id, now()));
	}

	@Transactional(readOnly = true)
	public Page<MemberView> members(Caller caller, UUID siteId, PageQuery paging) {
		standing(caller, siteId).require(SiteRole.SITE_ADMIN);
		Page<Membership> page = this.memberships.findBySite(siteId,
				paging.toPageable(Sort.by("assignedAt", "key.userId")));
		Map<UUID, UserView> people = this.users.findAll(page.getContent().stream().map(Membership::userId).toList());
		return page.map((m) -> MemberView.of(m, people.get(m.userId())));
	}

	@Transactional
	@io.hearth.platform.RetryOnLockConflict
	public MemberView setMember(Caller caller, UUID siteId, UUID userId, SiteRole role) {
		this.access.changed();
		standing(caller, siteId).require(SiteRole.SITE_ADMIN);
		UserView user = this.users.find(userId).orElseThrow(() -> ApiException.notFound("User"));
		Membership membership = this.memberships.find(siteId, userId).orElse(null);
		if (membership == null) {
			membership = this.memberships.save(new Membership(siteId, userId, role, now()));
		}
		else {
			if (membership.role() == SiteRole.SITE_ADMIN && role != SiteRole.SITE_ADMIN
					&& this.memberships.countBySiteAndRole(siteId, SiteRole.SITE_ADMIN) <= 1) {
				throw lastSiteAdmin();
			}
			membership.changeRole(role, now());
		}
		return MemberView.of(membership, user);
	}

	@Transactional
	@io.hearth.platform.RetryOnLockConflict
	public void removeMember(Caller caller, UUID siteId, UUID userId) {
		this.access.changed();
		standing(caller, siteId).require(SiteRole.SITE_ADMIN);
		Membership membership = this.memberships.find(siteId, userId)
			.orElseThrow(() -> ApiException.notFound("Member"));
		if (membership.role() == SiteRole.SITE_ADMIN
				&& this.memberships.countBySiteAndRole(siteId, SiteRole.SITE_ADMIN) <= 1
				&& this.memberships.countBySite(siteId) > 1) {
			throw lastSiteAdmin();
		}
		this.defaults.findById(userId).filter((d) -> d.siteId().equals(siteId)).ifPresent(this.defaults::delete);
		this.memberships.delete(membership);
	}

	/** The caller's standing in the site; a site they cannot see is a 404. */
	private ActiveSite standing(Caller caller, UUID siteId) {
		return this.access.of(siteId, caller.id(), caller.isAdmin()).orElseThrow(() -> ApiException.notFound("Site"));
	}

	private void requireFreeName(String name) {
		if (this.sites.existsByNameKey(Site.key(name))) {
			throw ApiException.conflict("SITE_NAME_TAKEN", "A site with that name exists");
		}
	}

	private static ApiException lastSiteAdmin() {
		return ApiException.conflict("LAST_SITE_ADMIN",
				"A site with members must keep a site_admin; make another one first");
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	public record SiteView(UUID id, String name, @Nullable String description, boolean isActive, Instant createdAt,
			Instant updatedAt, long version) implements io.hearth.platform.Versioned {

		static SiteView of(Site site) {
			return new SiteView(site.id(), site.name(), site.description(), site.active(), site.createdAt(),
					site.updatedAt(), site.version());
		}

	}

	record MySite(SiteView site, SiteRole role, boolean current) {
	}

	/**
	 * A site with the caller's role and counts ({@code my_role} is null for a global
	 * admin who is no member).
	 *
	 * @param counts what other modules count in the site ({@link SiteStatistics}, e.g.
	 * {@code interaction_count}), written as properties of their own
	 */
	public record SiteDetail(UUID id, String name, @Nullable String description, boolean isActive, Instant createdAt,
			Instant updatedAt, long version, @Nullable SiteRole myRole, long userCount,
			@JsonAnyGetter Map<String, Long> counts) {
	}

	/** The default site just chosen, and the caller's role there. */
	record ChosenSite(SiteView currentSite, SiteRole role) {
	}

	public record MemberView(UUID userId, String username, @Nullable String displayName, String email, SiteRole role,
			Instant assignedAt) {

		static MemberView of(Membership membership, @Nullable UserView user) {
			return new MemberView(membership.userId(), (user != null) ? user.username() : "(deleted)",
					(user != null) ? user.displayName() : null, (user != null) ? user.email() : "", membership.role(),
					membership.assignedAt());
		}

	}

}
