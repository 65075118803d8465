package io.hearth.platform;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

class PageQueryArgumentResolver implements HandlerMethodArgumentResolver {

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == PageQuery.class;
	}

	@Override
	public PageQuery resolveArgument(MethodParameter parameter, @Nullable ModelAndViewContainer mavContainer,
			NativeWebRequest request, @Nullable WebDataBinderFactory binderFactory) {
		Map<String, List<String>> errors = new LinkedHashMap<>();
		int page = parse(request.getParameter("page"), 1, 1, PageQuery.MAX_PAGE, "page", errors);
		int perPage = parse(request.getParameter("per_page"), PageQuery.DEFAULT_PER_PAGE, 1, PageQuery.MAX_PER_PAGE,
				"per_page", errors);
		String cursor = request.getParameter("cursor");
		if (cursor != null && request.getParameter("page") != null) {
			errors.put("cursor", List.of("cannot be combined with page"));
		}
		if (!errors.isEmpty()) {
			throw ApiException.invalid(errors);
		}
		return new PageQuery(page, perPage, cursor);
	}

	private static int parse(@Nullable String raw, int fallback, int min, int max, String name,
			Map<String, List<String>> errors) {
		if (raw == null || raw.isBlank()) {
			return fallback;
		}
		try {
			int value = Integer.parseInt(raw.strip());
			if (value >= min && value <= max) {
				return value;
			}
		}
		catch (NumberFormatException ex) {
			// reported below with the allowed range
		}
		errors.put(name, List.of("must be a whole number from " + min + " to " + max));
		return fallback;
	}

}
