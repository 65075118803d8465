package io.hearth.interactions;

import java.util.Arrays;
import java.util.List;

import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Schema;
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
 * {@link InteractionFilters} as one parameter object: the list and the export take the
 * same filters, bound and documented once.
 */
@Configuration(proxyBeanMethods = false)
class InteractionFiltersWebConfiguration implements WebMvcConfigurer {

	static {
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(InteractionFilters.class);
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new HandlerMethodArgumentResolver() {

			@Override
			public boolean supportsParameter(MethodParameter parameter) {
				return parameter.getParameterType() == InteractionFilters.class;
			}

			@Override
			public InteractionFilters resolveArgument(MethodParameter parameter,
					@Nullable ModelAndViewContainer container, NativeWebRequest request,
					@Nullable WebDataBinderFactory binders) {
				String[] types = request.getParameterValues("type");
				return InteractionFilters.parse(request.getParameter("q"), (types != null) ? List.of(types) : null,
						request.getParameter("title"), request.getParameter("lead"), request.getParameter("location"),
						request.getParameter("start_from"), request.getParameter("start_to"),
						request.getParameter("created_by"));
			}

		});
	}

	@Bean
	OperationCustomizer interactionFilterParameters() {
		return (operation, handler) -> {
			if (Arrays.stream(handler.getMethodParameters())
				.anyMatch((parameter) -> parameter.getParameterType() == InteractionFilters.class)) {
				operation.addParametersItem(
						query("q", "Text in title, lead, type, location, description or notes", new StringSchema()));
				operation.addParametersItem(query("type", "Types by label; repeatable, or comma-separated",
						new ArraySchema().items(new StringSchema())));
				operation.addParametersItem(query("title", "Substring of the title", new StringSchema()));
				operation.addParametersItem(query("lead", "Substring of the lead", new StringSchema()));
				operation.addParametersItem(query("location", "Substring of the location", new StringSchema()));
				operation.addParametersItem(query("start_from", "Starts at or after (ISO-8601 with offset)",
						new StringSchema().format("date-time")));
				operation.addParametersItem(query("start_to", "Starts at or before (ISO-8601 with offset)",
						new StringSchema().format("date-time")));
				operation.addParametersItem(
						query("created_by", "Logged by this user id", new StringSchema().format("uuid")));
			}
			return operation;
		};
	}

	private static Parameter query(String name, String description, Schema<?> schema) {
		return new Parameter().in("query").name(name).description(description).required(false).schema(schema);
	}

}
