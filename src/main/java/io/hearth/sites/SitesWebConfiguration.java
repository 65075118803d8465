package io.hearth.sites;

import java.util.List;

import io.hearth.identity.Caller;
import io.hearth.platform.ResolvedArguments;
import io.swagger.v3.oas.models.media.StringSchema;
import org.springdoc.core.customizers.OperationCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The active site as a controller argument: a handler that declares {@link ActiveSite}
 * gets the caller's site resolved from {@code X-Site-Id} (else their default or only
 * site), and its OpenAPI operation documents the header.
 */
@Configuration(proxyBeanMethods = false)
class SitesWebConfiguration implements WebMvcConfigurer {

	private final SiteAccess access;

	SitesWebConfiguration(SiteAccess access) {
		this.access = access;
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(ResolvedArguments.resolver(ActiveSite.class,
				(request) -> this.access.resolve(Caller.current(), request.getHeader(SiteAccess.HEADER))));
	}

	@Bean
	OperationCustomizer activeSiteHeader() {
		return ResolvedArguments.documented(ActiveSite.class,
				ResolvedArguments.header(SiteAccess.HEADER,
						"The active site's id; without it, your default site, or your only one",
						new StringSchema().format("uuid")));
	}

}
