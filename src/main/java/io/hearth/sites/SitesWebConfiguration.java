package io.hearth.sites;

import java.util.Arrays;
import java.util.List;

import io.hearth.identity.Caller;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The active site as a controller argument: a handler that declares {@link ActiveSite}
 * gets the caller's site resolved from {@code X-Site-Id} (else their default or only
 * site), and its OpenAPI operation documents the header.
 */
@Configuration(proxyBeanMethods = false)
class SitesWebConfiguration implements WebMvcConfigurer {

	static {
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(ActiveSite.class);
	}

	private final SiteAccess access;

	SitesWebConfiguration(SiteAccess access) {
		this.access = access;
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new HandlerMethodArgumentResolver() {

			@Override
			public boolean supportsParameter(MethodParameter parameter) {
				return parameter.getParameterType() == ActiveSite.class;
			}

			@Override
			public ActiveSite resolveArgument(MethodParameter parameter, @Nullable ModelAndViewContainer container,
					NativeWebRequest request, @Nullable WebDataBinderFactory binders) {
				return SitesWebConfiguration.this.access.resolve(Caller.current(),
						request.getHeader(SiteAccess.HEADER));
			}

		});
	}

	@Bean
	OperationCustomizer activeSiteHeader() {
		return (operation, handler) -> {
			if (Arrays.stream(handler.getMethodParameters())
				.anyMatch((parameter) -> parameter.getParameterType() == ActiveSite.class)) {
				operation.addParametersItem(new Parameter().in("header")
					.name(SiteAccess.HEADER)
					.description("The active site's id; without it, your default site, or your only one")
					.required(false)
					.schema(new StringSchema().format("uuid")));
			}
			return operation;
		};
	}

}
