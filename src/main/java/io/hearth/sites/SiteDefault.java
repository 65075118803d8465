package io.hearth.sites;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The site a user works in when a request names none. */
@Entity
@Table(name = "site_defaults")
class SiteDefault {

	@Id
	private UUID userId;

	private UUID siteId;

	protected SiteDefault() {
		// for JPA
	}

	SiteDefault(UUID userId, UUID siteId) {
		this.userId = userId;
		this.siteId = siteId;
	}

	void moveTo(UUID siteId) {
		this.siteId = siteId;
	}

	UUID siteId() {
		return this.siteId;
	}

}
