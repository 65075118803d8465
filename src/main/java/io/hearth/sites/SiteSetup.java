package io.hearth.sites;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sites and memberships made by the command line (demo data), with no caller to check.
 */
@Service
public class SiteSetup {

	private final Sites sites;

	private final Memberships memberships;

	private final Clock clock;

	private final SiteAccess access;

	SiteSetup(Sites sites, Memberships memberships, SiteAccess access, Clock clock) {
		this.access = access;
		this.sites = sites;
		this.memberships = memberships;
		this.clock = clock;
	}

	/** The site of that name, made if missing. */
	@Transactional
	public UUID ensureSite(String name, String description) {
		this.access.changed();
		return this.sites.findAll()
			.stream()
			.filter((s) -> Site.key(s.name()).equals(Site.key(name)))
			.findFirst()
			.map(Site::id)
			.orElseGet(() -> this.sites
				.saveAndFlush(new Site(name, description, this.clock.instant().truncatedTo(ChronoUnit.MICROS)))
				.id());
	}

	@Transactional
	public void ensureMember(UUID siteId, UUID userId, SiteRole role) {
		this.access.changed();
		if (this.memberships.find(siteId, userId).isEmpty()) {
			this.memberships
				.save(new Membership(siteId, userId, role, this.clock.instant().truncatedTo(ChronoUnit.MICROS)));
		}
	}

}
