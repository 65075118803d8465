package io.hearth.planning;

import io.hearth.platform.HttpRules;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Planning is for signed-in users; its admin API for admins (checked again in the
 * services).
 */
@Component
class PlanningHttpRules implements HttpRules {

	@Override
	public void authorize(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers(org.springframework.http.HttpMethod.GET, "/api/v1/planning/shared/*")
			.permitAll()
			.requestMatchers("/api/v1/planning/admin/**")
			.hasRole("ADMIN")
			.requestMatchers("/api/v1/planning/**")
			.authenticated();
	}

	@Override
	public void authorizePages(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers("/planning/shared/*")
			.permitAll()
			.requestMatchers("/planning/admin", "/planning/admin/**")
			.hasRole("ADMIN")
			.requestMatchers("/planning", "/planning/**")
			.authenticated();
	}

}
