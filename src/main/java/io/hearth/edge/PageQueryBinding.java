package io.hearth.edge;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.hearth.platform.ApiException;
import io.hearth.platform.PageQuery;
import org.jspecify.annotations.Nullable;

import org.springframework.web.context.request.NativeWebRequest;

/** Reads {@link PageQuery} from {@code page}, {@code per_page} and {@code cursor}. */
final class PageQueryBinding {

	private PageQueryBinding() {
	}

	static PageQuery read(NativeWebRequest request) {
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
