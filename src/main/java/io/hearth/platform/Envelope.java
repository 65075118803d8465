package io.hearth.platform;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;

/**
 * The one success body of the API: {@code {"success": true, "data": ..., "meta": {...}}}.
 * {@code meta} is left out when there is none.
 *
 * @param <T> the payload type
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Envelope<T>(boolean success, @Nullable T data, @Nullable Map<String, Object> meta) {

	public static <T> Envelope<T> of(T data) {
		return new Envelope<>(true, data, null);
	}

	/** A numbered page: {@code meta.pagination = {page, per_page, total, pages}}. */
	public static <T> Envelope<List<T>> page(Page<T> page) {
		var meta = new PageMeta(page.getNumber() + 1, page.getSize(), page.getTotalElements(), page.getTotalPages());
		return new Envelope<>(true, page.getContent(), Map.of("pagination", meta));
	}

	/** A keyset page: {@code meta.pagination = {per_page, next_cursor}}. */
	public static <T> Envelope<List<T>> cursor(CursorPage<T> page) {
		return new Envelope<>(true, page.items(),
				Map.of("pagination", new CursorMeta(page.perPage(), page.nextCursor())));
	}

	record PageMeta(int page, int perPage, long total, int pages) {
	}

	record CursorMeta(int perPage, @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable String nextCursor) {
	}

}
