package io.hearth.identity;

import java.util.Set;

import io.hearth.platform.HttpRules;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The auth endpoints a caller uses before having a token (public, and rate-limited by
 * address); admin routes are checked again in the services.
 */
@Component
class IdentityHttpRules implements HttpRules {

	/** Unauthenticated endpoints that take credentials or mail someone. */
	static final Set<String> CREDENTIAL_PATHS = Set.of("/api/v1/auth/register", "/api/v1/auth/login",
			"/api/v1/auth/refresh", "/api/v1/auth/password/forgot", "/api/v1/auth/password/reset",
			"/api/v1/auth/email/verify");

	/** The sign-in, sign-up and password pages' forms: the same strict budget. */
	static final Set<String> CREDENTIAL_PAGES = Set.of("/signin", "/signup", "/forgot-password", "/reset-password");

	@Override
	public Set<String> strictlyLimited() {
		return java.util.stream.Stream.concat(CREDENTIAL_PATHS.stream(), CREDENTIAL_PAGES.stream())
			.collect(java.util.stream.Collectors.toUnmodifiableSet());
	}

	@Override
	public void authorizePages(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers("/account", "/account/**")
			.authenticated()
			.requestMatchers("/admin/**")
			.hasRole("ADMIN");
	}

	@Override
	public void authorize(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers(HttpMethod.POST, CREDENTIAL_PATHS.toArray(String[]::new))
			.permitAll()
			.requestMatchers("/api/v1/admin/**")
			.hasRole("ADMIN");
	}

}
