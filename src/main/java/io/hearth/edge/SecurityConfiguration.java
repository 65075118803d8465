package io.hearth.edge;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.hearth.platform.ErrorCodes;
import io.hearth.platform.HearthProperties;
import io.hearth.platform.HttpRules;
import io.lettuce.core.RedisClient;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Stateless bearer-token security for the whole API: JWT verification by Spring
 * Security's resource server, roles {@code user < staff < admin} from the {@code role}
 * claim, the error body for every rejection, CORS and security headers.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableMethodSecurity
class SecurityConfiguration {

	private static final String API_CSP = "default-src 'none'; frame-ancestors 'none'";

	private static final String DOCS_CSP = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'";

	@Bean
	SecurityFilterChain apiSecurity(HttpSecurity http, List<HttpRules> moduleRules, ProblemResponses problems,
			JwtDecoder jwtDecoder, Converter<Jwt, ? extends AbstractAuthenticationToken> authentication,
			RateLimits rateLimits, ClientIps clientIps, HearthProperties properties) throws Exception {
		RequestMatcher api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
		CorsFilter cors = new CorsFilter(corsConfigurationSource(properties));
		cors.setCorsProcessor(new ProblemCorsProcessor(problems));
		http.csrf(AbstractHttpConfigurer::disable)
			.cors(AbstractHttpConfigurer::disable)
			.addFilter(cors)
			.addFilterBefore(clientIps.filter(), CorsFilter.class)
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(AbstractHttpConfigurer::disable)
			.formLogin(AbstractHttpConfigurer::disable)
			.httpBasic(AbstractHttpConfigurer::disable)
			.logout(AbstractHttpConfigurer::disable)
			.anonymous((anonymous) -> {
			})
			.headers((headers) -> headers.frameOptions((frame) -> frame.deny())
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
				// the API never serves markup: nothing may load; the docs pages need
				// their own scripts and styles
				.addHeaderWriter((request, response) -> response.setHeader("Content-Security-Policy",
						request.getRequestURI().startsWith("/api/") ? API_CSP : DOCS_CSP))
				.addHeaderWriter(
						new StaticHeadersWriter("Permissions-Policy", "camera=(), microphone=(), geolocation=()")))
			.authorizeHttpRequests((requests) -> {
				requests
					.requestMatchers("/error", "/api/v1/health", "/api/v1/health/**", "/api/v1/openapi.json",
							"/api/v1/openapi.json/**")
					.permitAll();
				moduleRules.forEach((rules) -> rules.authorize(requests));
				requests.requestMatchers(api).authenticated().anyRequest().permitAll();
			})
			.oauth2ResourceServer((server) -> server.bearerTokenResolver(new BearerTokens())
				.jwt((jwt) -> jwt.decoder(jwtDecoder).jwtAuthenticationConverter(authentication))
				.authenticationEntryPoint((request, response, ex) -> {
					boolean tokenSent = request.getHeader(HttpHeaders.AUTHORIZATION) != null;
					response.setHeader(HttpHeaders.WWW_AUTHENTICATE,
							tokenSent ? "Bearer error=\"invalid_token\"" : "Bearer");
					problems.write(request, response, HttpStatus.UNAUTHORIZED, ErrorCodes.UNAUTHENTICATED, tokenSent
							? "The access token is invalid, expired or revoked" : "Authentication is required");
				})
				.accessDeniedHandler((request, response, ex) -> problems.write(request, response, HttpStatus.FORBIDDEN,
						ErrorCodes.FORBIDDEN, "You are not allowed to perform this action")))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint((request, response, ex) -> {
				response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
				problems.write(request, response, HttpStatus.UNAUTHORIZED, ErrorCodes.UNAUTHENTICATED,
						"Authentication is required");
			})
				.accessDeniedHandler((request, response, ex) -> problems.write(request, response, HttpStatus.FORBIDDEN,
						ErrorCodes.FORBIDDEN, "You are not allowed to perform this action")))
			.addFilterBefore(rateLimits.credentialFilter(), BearerTokenAuthenticationFilter.class)
			.addFilterAfter(new UserIdLogging(), BearerTokenAuthenticationFilter.class)
			.addFilterAfter(rateLimits.apiFilter(), UserIdLogging.class);
		return http.build();
	}

	@Bean
	ClientIps clientIps(HearthProperties properties) {
		return new ClientIps(properties.rateLimit().trustedProxies());
	}

	@Bean
	RateLimits rateLimits(HearthProperties properties, ProblemResponses problems, ClientIps clientIps,
			List<HttpRules> moduleRules, ObjectProvider<RedisClient> redis) {
		RedisClient client = redis.getIfAvailable();
		RateLimits.Budgets budgets = (client != null) ? new RateLimits.RedisBudgets(client)
				: new RateLimits.LocalBudgets();
		HearthProperties.RateLimit limits = properties.rateLimit();
		Set<String> strict = moduleRules.stream()
			.flatMap((rules) -> rules.strictlyLimited().stream())
			.collect(Collectors.toSet());
		return new RateLimits(budgets, clientIps, problems, strict, limits.auth(), limits.api());
	}

	/**
	 * Spring Security's per-filter observations cost more than the token check itself
	 * (measured with bench/auth.sh); {@code http.server.requests} still times every
	 * request.
	 */
	@Bean
	static SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	/**
	 * Failures are published as before; a success is every authenticated request, nothing
	 * listens to it, and each went through the event multicaster (2 % of the CPU of
	 * {@code GET /api/v1/auth/me} in a JFR profile).
	 */
	@Bean
	AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher events) {
		DefaultAuthenticationEventPublisher failures = new DefaultAuthenticationEventPublisher(events);
		return new AuthenticationEventPublisher() {
			@Override
			public void publishAuthenticationSuccess(Authentication authentication) {
			}

			@Override
			public void publishAuthenticationFailure(AuthenticationException exception, Authentication authentication) {
				failures.publishAuthenticationFailure(exception, authentication);
			}
		};
	}

	@Bean
	static RoleHierarchy roleHierarchy() {
		return RoleHierarchyImpl.withDefaultRolePrefix()
			.role("ADMIN")
			.implies("STAFF")
			.role("STAFF")
			.implies("USER")
			.build();
	}

	static CorsConfigurationSource corsConfigurationSource(HearthProperties properties) {
		CorsConfiguration cors = new CorsConfiguration();
		cors.setAllowedOriginPatterns(
				properties.cors().origins().stream().map(String::strip).filter((o) -> !o.isEmpty()).toList());
		cors.setAllowedMethods(List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"));
		cors.setAllowedHeaders(
				List.of("Authorization", "Content-Type", "If-Match", "If-None-Match", RequestIds.HEADER, "X-Site-Id"));
		cors.setExposedHeaders(List.of("ETag", "Location", RequestIds.HEADER, "Retry-After", "RateLimit-Limit",
				"RateLimit-Remaining", "RateLimit-Reset", "RateLimit-Policy"));
		cors.setAllowCredentials(false);
		cors.setMaxAge(java.time.Duration.ofHours(1));
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		source.registerCorsConfiguration("/**", cors);
		return source;
	}

	/** Adds the authenticated user's id to every log line of the request. */
	private static final class UserIdLogging extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
			if (authentication != null && authentication.getPrincipal() instanceof Jwt jwt) {
				MDC.put("user_id", jwt.getSubject());
			}
			chain.doFilter(request, response);
		}

	}

}
