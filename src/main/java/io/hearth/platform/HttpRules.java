package io.hearth.platform;

import java.util.Set;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A module's URL-level access rules (which of its routes are public). URL rules are only
 * the outer fence: every module still checks roles and ownership in its services and
 * queries. Everything under {@code /api/} not opened by some module requires an
 * authenticated caller.
 */
public interface HttpRules {

	void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests);

	/**
	 * The module's web pages that need a signed-in browser (or a role); every other page
	 * is public. Checked again in the services, as for the API.
	 */
	default void authorizePages(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
	}

	/**
	 * Exact paths whose {@code POST}s take credentials or mail someone before any token:
	 * they get the strict per-address budget ({@code HEARTH_RATE_LIMIT_AUTH}) instead of
	 * the general one.
	 */
	default Set<String> strictlyLimited() {
		return Set.of();
	}

}
