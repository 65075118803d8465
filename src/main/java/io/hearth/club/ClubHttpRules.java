package io.hearth.club;

import io.hearth.platform.HttpRules;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The club's programme is public; its staff API is for staff and admins (checked again in
 * {@link ClubStaff}).
 */
@Component
class ClubHttpRules implements HttpRules {

	@Override
	public void authorize(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests
			.requestMatchers(HttpMethod.GET, "/api/v1/club/venues", "/api/v1/club/venues/*", "/api/v1/club/artists",
					"/api/v1/club/artists/*", "/api/v1/club/events", "/api/v1/club/events/*", "/api/v1/club/now",
					"/api/v1/club/calendar.ics", "/api/v1/club/venues/*/calendar.ics",
					"/api/v1/club/artists/*/calendar.ics", "/api/v1/club/sl/board", "/api/v1/club/me/calendar.ics",
					"/api/v1/club/feed.atom", "/api/v1/club/unsubscribe")
			.permitAll()
			.requestMatchers(HttpMethod.POST, "/api/v1/club/unsubscribe")
			.permitAll()
			.requestMatchers("/api/v1/club/me/**")
			.authenticated()
			.requestMatchers("/api/v1/club/admin/**")
			.hasAnyRole("STAFF", "ADMIN");
	}

	@Override
	public void authorizePages(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers("/club/me", "/club/me/**")
			.authenticated()
			.requestMatchers("/club/staff", "/club/staff/**")
			.hasAnyRole("STAFF", "ADMIN");
	}

}
