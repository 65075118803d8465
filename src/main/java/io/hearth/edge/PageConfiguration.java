package io.hearth.edge;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * The pages' language: {@code ?lang=} (the switcher) sets a cookie; without one, the best
 * of the supported languages in {@code Accept-Language}; English otherwise.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class PageConfiguration implements WebMvcConfigurer {

	static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.ITALIAN, Locale.FRENCH,
			Locale.forLanguageTag("es"));

	/**
	 * Boot rewrites every link of a page through the static-resource chain when the chain
	 * is on (webjars' version-less paths turn it on); a link that is not a resource is
	 * looked up on the classpath anew each time, which made a page of 25 events take 350
	 * ms (bench/club.sh). Hearth's links carry no content hashes, so the rewrite is off;
	 * the chain still serves {@code /webjars/htmx.org/dist/htmx.min.js} without a
	 * version.
	 */
	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> noResourceUrlRewriting() {
		FilterRegistrationBean<ResourceUrlEncodingFilter> off = new FilterRegistrationBean<>(
				new ResourceUrlEncodingFilter());
		off.setEnabled(false);
		return off;
	}

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("hearth-lang");
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieSameSite("Lax");
		resolver.setDefaultLocaleFunction(PageConfiguration::fromAcceptLanguage);
		return resolver;
	}

	static Locale fromAcceptLanguage(jakarta.servlet.http.HttpServletRequest request) {
		String header = request.getHeader("Accept-Language");
		if (header == null || header.isBlank()) {
			return Locale.ENGLISH;
		}
		try {
			Locale best = Locale.lookup(Locale.LanguageRange.parse(header), LANGUAGES);
			return (best != null) ? best : Locale.ENGLISH;
		}
		catch (IllegalArgumentException ex) {
			return Locale.ENGLISH;
		}
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor change = new LocaleChangeInterceptor();
		change.setParamName("lang");
		change.setIgnoreInvalidLocale(true);
		registry.addInterceptor(new SupportedOnly(change)).excludePathPatterns("/api/**", "/error");
	}

	/** Only the languages the pages are written in may be chosen. */
	private record SupportedOnly(
			LocaleChangeInterceptor change) implements org.springframework.web.servlet.HandlerInterceptor {

		@Override
		public boolean preHandle(jakarta.servlet.http.HttpServletRequest request,
				jakarta.servlet.http.HttpServletResponse response, Object handler)
				throws jakarta.servlet.ServletException {
			// the switcher is a link: read a GET's query only, never a body (a form body
			// that never ends kept the error dispatch of a rejected POST waiting)
			if (!"GET".equals(request.getMethod())) {
				return true;
			}
			String lang = request.getParameter("lang");
			if (lang == null || LANGUAGES.stream().noneMatch((l) -> l.getLanguage().equals(lang))) {
				return true;
			}
			return this.change.preHandle(request, response, handler);
		}

	}

}
