package io.hearth.interactions;

import java.util.List;

import io.hearth.platform.ResolvedArguments;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.StringSchema;
import org.springdoc.core.customizers.OperationCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import static io.hearth.platform.ResolvedArguments.query;

/**
 * {@link InteractionFilters} as one parameter object: the list and the export take the
 * same filters, bound and documented once.
 */
@Configuration(proxyBeanMethods = false)
class InteractionFiltersWebConfiguration implements WebMvcConfigurer {

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(ResolvedArguments.resolver(InteractionFilters.class, (request) -> {
			String[] types = request.getParameterValues("type");
			return InteractionFilters.parse(request.getParameter("q"), (types != null) ? List.of(types) : null,
					request.getParameter("title"), request.getParameter("lead"), request.getParameter("location"),
					request.getParameter("start_from"), request.getParameter("start_to"),
					request.getParameter("created_by"));
		}));
	}

	@Bean
	OperationCustomizer interactionFilterParameters() {
		return ResolvedArguments.documented(InteractionFilters.class, query("q",
				"Word-prefix search: every word must start a word of the title, lead, type, location, description or notes (\"usb b cable\" finds \"Cable USB type B\"; \"trans\" finds \"transistor\", \"sistor\" does not); accents and case do not matter; at most 8 words. Without another sort, title matches come first, newest first within each; numbered pages count exactly up to 1,000 (meta.pagination.total_relation gte above); a search that finds nothing lists up to 3 words of the site one edit away in meta.suggestions.",
				new StringSchema()),
				query("type", "Types by label; repeatable, or comma-separated",
						new ArraySchema().items(new StringSchema())),
				query("title", "Substring of the title", new StringSchema()),
				query("lead", "Substring of the lead", new StringSchema()),
				query("location", "Substring of the location", new StringSchema()),
				query("start_from", "Starts at or after (ISO-8601 with offset)",
						new StringSchema().format("date-time")),
				query("start_to", "Starts at or before (ISO-8601 with offset)", new StringSchema().format("date-time")),
				query("created_by", "Logged by this user id", new StringSchema().format("uuid")));
	}

}
