package io.hearth.sites;

import java.util.UUID;

import io.hearth.platform.ApiException;
import org.jspecify.annotations.Nullable;

/**
 * The site a request works in, and what the caller may do there. A global admin acts as
 * {@code site_admin} everywhere.
 *
 * @param role the caller's role in the site ({@code site_admin} for a global admin who is
 * no member)
 */
public record ActiveSite(UUID siteId, String siteName, SiteRole role, UUID userId, boolean globalAdmin) {

	/** Whether the caller holds {@code needed} here (what a page offers). */
	public boolean allows(SiteRole needed) {
		return this.role.atLeast(needed);
	}

	/** Refuses with 403 unless the caller holds {@code needed} here. */
	public ActiveSite require(SiteRole needed) {
		if (!this.role.atLeast(needed)) {
			throw ApiException.forbidden("This needs the " + needed.value() + " role in site " + this.siteName);
		}
		return this;
	}

	static @Nullable UUID parse(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return UUID.fromString(value.strip());
		}
		catch (IllegalArgumentException ex) {
			throw ApiException.invalid("X-Site-Id", "must be a site id (UUID)");
		}
	}

}
