package io.hearth.platform;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * Paging parameters of a list request, bound from {@code page} (1-based),
 * {@code per_page} (default 25, at most 100) and {@code cursor}. Declare it as a
 * controller method parameter; bad values are a 422 naming the parameter.
 */
public record PageQuery(int page, int perPage, @Nullable String cursor) {

	public static final int DEFAULT_PER_PAGE = 25;

	public static final int MAX_PER_PAGE = 100;

	/**
	 * The deepest numbered page: offsets stay far from int overflow and from scans no one
	 * should wait for; deeper reading is what cursors are for.
	 */
	public static final int MAX_PAGE = 100_000;

	/**
	 * The numbered page; a list that pages by number refuses a {@code cursor} instead of
	 * ignoring it.
	 */
	public Pageable toPageable(Sort sort) {
		if (this.cursor != null) {
			throw new ApiException(org.springframework.http.HttpStatus.UNPROCESSABLE_CONTENT, ErrorCodes.INVALID_CURSOR,
					"This list pages by number (page, per_page); it takes no cursor",
					java.util.Map.of("cursor", java.util.List.of("is not accepted by this list")));
		}
		return PageRequest.of(this.page - 1, this.perPage, sort);
	}

	/**
	 * Whether the client asked for keyset paging (sent {@code cursor}, possibly empty for
	 * page one).
	 */
	public boolean keyset() {
		return this.cursor != null;
	}

}
