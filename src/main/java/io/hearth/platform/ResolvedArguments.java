package io.hearth.platform;

import java.util.Arrays;
import java.util.function.Function;

import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Controller arguments a module resolves from the request itself (the caller, the active
 * site, If-Match, paging, filter objects): one resolver per type, and the HTTP parameters
 * it reads documented on every operation that declares it.
 */
public final class ResolvedArguments {

	private ResolvedArguments() {
	}

	/** Resolves every handler argument of {@code type} with {@code resolve}. */
	public static <T> HandlerMethodArgumentResolver resolver(Class<T> type, Function<NativeWebRequest, T> resolve) {
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(type);
		return new HandlerMethodArgumentResolver() {

			@Override
			public boolean supportsParameter(MethodParameter parameter) {
				return parameter.getParameterType() == type;
			}

			@Override
			public T resolveArgument(MethodParameter parameter, @Nullable ModelAndViewContainer container,
					NativeWebRequest request, @Nullable WebDataBinderFactory binders) {
				return resolve.apply(request);
			}

		};
	}

	/** An optional query parameter, for {@link #documented}. */
	public static Parameter query(String name, String description, Schema<?> schema) {
		return new Parameter().in("query").name(name).description(description).required(false).schema(schema);
	}

	/** An optional header, for {@link #documented}. */
	public static Parameter header(String name, String description, Schema<?> schema) {
		return new Parameter().in("header").name(name).description(description).required(false).schema(schema);
	}

	/**
	 * Adds {@code parameters} to the OpenAPI operation of every handler that declares an
	 * argument of {@code type}.
	 */
	public static OperationCustomizer documented(Class<?> type, Parameter... parameters) {
		return (operation, handler) -> {
			if (Arrays.stream(handler.getMethodParameters())
				.anyMatch((parameter) -> parameter.getParameterType() == type)) {
				Arrays.stream(parameters).forEach(operation::addParametersItem);
			}
			return operation;
		};
	}

}
