package io.hearth.sites;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

@Entity
@Table(name = "site_members")
class Membership {

	@EmbeddedId
	private Key key;

	@Enumerated(EnumType.STRING)
	private SiteRole role;

	private Instant assignedAt;

	protected Membership() {
		// for JPA
	}

	Membership(UUID siteId, UUID userId, SiteRole role, Instant now) {
		this.key = new Key(siteId, userId);
		this.role = role;
		this.assignedAt = now;
	}

	void changeRole(SiteRole role, Instant now) {
		this.role = role;
		this.assignedAt = now;
	}

	UUID siteId() {
		return this.key.siteId;
	}

	UUID userId() {
		return this.key.userId;
	}

	SiteRole role() {
		return this.role;
	}

	Instant assignedAt() {
		return this.assignedAt;
	}

	@Embeddable
	record Key(UUID siteId, UUID userId) implements Serializable {
	}

}
