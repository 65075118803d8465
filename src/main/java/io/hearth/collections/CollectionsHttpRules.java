package io.hearth.collections;

import io.hearth.platform.HttpRules;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** The collection pages are a signed-in user's own (the API is closed by default). */
@Component
class CollectionsHttpRules implements HttpRules {

	@Override
	public void authorize(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
	}

	@Override
	public void authorizePages(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers("/collections", "/collections/**").authenticated();
	}

}
