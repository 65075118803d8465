package io.hearth.sites;

import java.util.UUID;

/**
 * Implemented by modules that keep site-scoped data, so that a site can report and guard
 * it without depending on those modules.
 */
public interface SiteStatistics {

	/** What is counted, e.g. {@code interaction_count}. */
	String name();

	long count(UUID siteId);

}
