package io.hearth.interactions;

import io.hearth.platform.HttpRules;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** The interaction pages need a signed-in member of a site (checked again per site). */
@Component
class InteractionsHttpRules implements HttpRules {

	@Override
	public void authorize(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
	}

	@Override
	public void authorizePages(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers("/interactions", "/interactions/**").authenticated();
	}

}
