package io.hearth.edge;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.hearth.platform.HttpRules;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.CorsFilter;

/**
 * The web pages' chain, beside the API's stateless one: a page session (a cookie, stored
 * in the database by Spring Session) that stands for an identity session, CSRF on every
 * form and htmx request, and a Content-Security-Policy that lets in only the app's own
 * scripts and styles. Every path that is not the API, its docs or the error dispatch is a
 * page.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class PageSecurityConfiguration {

	static final String PAGE_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
			+ "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

	static RequestMatcher pages() {
		PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
		return new NegatedRequestMatcher(new OrRequestMatcher(paths.matcher("/api/**"), paths.matcher("/docs"),
				paths.matcher("/docs/**"), paths.matcher("/swagger-ui/**"), paths.matcher("/v3/**"),
				paths.matcher("/error"), paths.matcher("/actuator/**"), paths.matcher("/.well-known/**")));
	}

	@Bean
	@Order(1)
	SecurityFilterChain pageSecurity(HttpSecurity http, ObjectProvider<SecurityContextRepository> pageSessions,
			List<HttpRules> moduleRules, RateLimits rateLimits, ClientIps clientIps) throws Exception {
		// identity's page sessions; a slice test without identity has no one signed in
		SecurityContextRepository sessions = pageSessions
			.getIfAvailable(org.springframework.security.web.context.RequestAttributeSecurityContextRepository::new);
		http.securityMatcher(pages())
			.securityContext((context) -> context.securityContextRepository(sessions))
			.addFilterBefore(clientIps.filter(), CorsFilter.class)
			.cors(AbstractHttpConfigurer::disable)
			// sign-in renews the session id itself (PageSessions.start)
			.sessionManagement((session) -> session.sessionFixation((fixation) -> fixation.none()))
			.requestCache(AbstractHttpConfigurer::disable)
			.formLogin(AbstractHttpConfigurer::disable)
			.httpBasic(AbstractHttpConfigurer::disable)
			.logout(AbstractHttpConfigurer::disable)
			.headers((headers) -> headers.frameOptions((frame) -> frame.deny())
				.contentSecurityPolicy((csp) -> csp.policyDirectives(PAGE_CSP))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
				.addHeaderWriter(
						new StaticHeadersWriter("Permissions-Policy", "camera=(), microphone=(), geolocation=()")))
			.authorizeHttpRequests((requests) -> {
				moduleRules.forEach((rules) -> rules.authorizePages(requests));
				requests.anyRequest().permitAll();
			})
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(PageSecurityConfiguration::signIn)
				.accessDeniedHandler((request, response, ex) -> response.sendError(HttpStatus.FORBIDDEN.value())))
			.addFilterBefore(rateLimits.credentialFilter(), org.springframework.security.web.csrf.CsrfFilter.class);
		return http.build();
	}

	/**
	 * A page that needs a signed-in browser sends it to sign in and back; an htmx request
	 * is told to load the sign-in page instead of swapping it into a fragment.
	 */
	private static void signIn(HttpServletRequest request, HttpServletResponse response,
			org.springframework.security.core.AuthenticationException ex) throws IOException {
		String back = request.getRequestURI()
				+ ((request.getQueryString() != null) ? "?" + request.getQueryString() : "");
		String target = "/signin?next=" + URLEncoder.encode(back, StandardCharsets.UTF_8);
		if (request.getHeader("HX-Request") != null) {
			response.setStatus(HttpStatus.UNAUTHORIZED.value());
			response.setHeader("HX-Redirect", target);
			return;
		}
		response.sendRedirect(target);
	}

}
