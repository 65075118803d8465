package io.hearth.interactions;

import io.hearth.sites.SiteDeleted;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** A deleted site's interactions go with it. */
@Component
class DeletedSiteInteractions {

	private final ScopedInteractions interactions;

	DeletedSiteInteractions(ScopedInteractions interactions) {
		this.interactions = interactions;
	}

	@ApplicationModuleListener
	void on(SiteDeleted event) {
		this.interactions.deleteAllOfDeletedSite(event.siteId());
	}

}
