package io.hearth.edge;

import java.util.List;

import io.hearth.platform.HearthProperties;
import io.hearth.platform.IfMatch;
import io.hearth.platform.PageQuery;
import io.hearth.platform.ResolvedArguments;
import jakarta.servlet.DispatcherType;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.converter.ConverterFactory;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class WebConfiguration implements WebMvcConfigurer {

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(ResolvedArguments.resolver(PageQuery.class, PageQueryBinding::read));
		resolvers.add(ResolvedArguments.resolver(IfMatch.class,
				(request) -> new IfMatch(request.getHeader(org.springframework.http.HttpHeaders.IF_MATCH))));
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new AcceptCheck());
	}

	/**
	 * Enum query parameters are written in lower case in the API ({@code ?role=staff}),
	 * as in JSON.
	 */
	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addConverterFactory(new LowerCaseEnums());
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static final class LowerCaseEnums implements ConverterFactory<String, Enum> {

		@Override
		public <T extends Enum> Converter<String, T> getConverter(Class<T> type) {
			return (source) -> (T) Enum.valueOf(type, source.strip().toUpperCase(java.util.Locale.ROOT));
		}

	}

	@Bean
	FilterRegistrationBean<RequestIds> requestIds() {
		// before Spring Security, so that its rejections carry the request id too
		var registration = new FilterRegistrationBean<>(new RequestIds());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC);
		return registration;
	}

	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReports() {
		return (factory) -> factory.addContextCustomizers(ProblemErrorReportValve.installer());
	}

	@Bean
	FilterRegistrationBean<RequestTextCheck> requestTextCheck(ProblemResponses problems) {
		var registration = new FilterRegistrationBean<>(new RequestTextCheck(problems));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
		return registration;
	}

	@Bean
	FilterRegistrationBean<RequestSizeLimit> requestSizeLimit(HearthProperties properties, ProblemResponses problems) {
		var registration = new FilterRegistrationBean<>(
				new RequestSizeLimit(properties.http().maxBodySize().toBytes(), problems));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

}
