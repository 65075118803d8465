package io.hearth.platform;

import java.util.LinkedHashMap;
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

	/**
	 * A numbered page: {@code meta.pagination = {page, per_page, total, total_relation,
	 * pages}}.
	 */
	public static <T> Envelope<List<T>> page(Page<T> page) {
		return page(new SearchedPage<>(page, false, List.of()));
	}

	/**
	 * A numbered page of a search: {@code total_relation} is {@code gte} when counting
	 * stopped at {@link SearchedPage#COUNT_LIMIT}, and {@code meta.suggestions} lists
	 * words to try when nothing was found.
	 */
	public static <T> Envelope<List<T>> page(SearchedPage<T> searched) {
		Page<T> page = searched.page();
		Map<String, Object> meta = new LinkedHashMap<>();
		meta.put("pagination", new PageMeta(page.getNumber() + 1, page.getSize(), page.getTotalElements(),
				searched.totalAtLeast() ? "gte" : "eq", page.getTotalPages()));
		if (!searched.suggestions().isEmpty()) {
			meta.put("suggestions", searched.suggestions());
		}
		return new Envelope<>(true, page.getContent(), meta);
	}

	/** A keyset page: {@code meta.pagination = {per_page, next_cursor}}. */
	public static <T> Envelope<List<T>> cursor(CursorPage<T> page) {
		Map<String, Object> meta = new LinkedHashMap<>();
		meta.put("pagination", new CursorMeta(page.perPage(), page.nextCursor()));
		if (!page.suggestions().isEmpty()) {
			meta.put("suggestions", page.suggestions());
		}
		return new Envelope<>(true, page.items(), meta);
	}

	/**
	 * @param totalRelation {@code eq}, or {@code gte} when the total is a lower bound
	 */
	record PageMeta(int page, int perPage, long total, String totalRelation, int pages) {
	}

	record CursorMeta(int perPage, @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable String nextCursor) {
	}

}
