package io.hearth.ops;

import io.hearth.platform.HttpRules;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The notice board is readable by anyone; writes are checked for the admin role in
 * {@link NoticeBoard}.
 */
@Component
class OpsHttpRules implements HttpRules {

	@Override
	public void authorize(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers(HttpMethod.GET, "/api/v1/notices", "/api/v1/notices/*").permitAll();
	}

}
