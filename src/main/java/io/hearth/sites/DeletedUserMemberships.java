package io.hearth.sites;

import io.hearth.identity.UserDeleted;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** A deleted user leaves every site they were a member of. */
@Component
class DeletedUserMemberships {

	private final Memberships memberships;

	private final SiteDefaults defaults;

	private final SiteAccess access;

	DeletedUserMemberships(Memberships memberships, SiteDefaults defaults, SiteAccess access) {
		this.memberships = memberships;
		this.defaults = defaults;
		this.access = access;
	}

	@ApplicationModuleListener
	void on(UserDeleted event) {
		this.access.changed();
		this.defaults.deleteForUser(event.userId());
		this.memberships.deleteForUser(event.userId());
	}

}
