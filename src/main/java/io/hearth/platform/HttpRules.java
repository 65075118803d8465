package io.hearth.platform;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A module's URL-level access rules (which of its routes are public). URL rules are only
 * the outer fence: every module still checks roles and ownership in its services and
 * queries. Everything under {@code /api/} not opened by some module requires an
 * authenticated caller.
 */
@FunctionalInterface
public interface HttpRules {

	void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests);

}
