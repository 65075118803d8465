package io.hearth.identity;

import java.util.List;

import io.hearth.platform.ResolvedArguments;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** A {@link Caller} controller argument is the authenticated caller of the request. */
@Configuration(proxyBeanMethods = false)
class IdentityWebConfiguration implements WebMvcConfigurer {

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(ResolvedArguments.resolver(Caller.class, (request) -> Caller.current()));
	}

}
