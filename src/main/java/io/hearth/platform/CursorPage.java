package io.hearth.platform;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One page of a keyset ("cursor") listing: the items and the opaque cursor of the next
 * page, or {@code null} on the last page.
 *
 * @param <T> the item type
 */
public record CursorPage<T>(List<T> items, int perPage, @Nullable String nextCursor, List<String> suggestions) {

	public CursorPage(List<T> items, int perPage, @Nullable String nextCursor) {
		this(items, perPage, nextCursor, List.of());
	}

	/** The same page with the words to suggest for a search that found nothing. */
	public CursorPage<T> suggesting(List<String> words) {
		return new CursorPage<>(this.items, this.perPage, this.nextCursor, List.copyOf(words));
	}

	/**
	 * Builds a page from a query that fetched {@code perPage + 1} rows, so that the extra
	 * row tells whether a next page exists without a count query.
	 * @param fetched up to {@code perPage + 1} rows in order
	 * @param perPage the page size asked for
	 * @param keyOf the keyset values of a row, encoded into the next cursor
	 */
	public static <T> CursorPage<T> of(List<T> fetched, int perPage,
			java.util.function.Function<T, List<String>> keyOf) {
		if (fetched.size() <= perPage) {
			return new CursorPage<>(List.copyOf(fetched), perPage, null);
		}
		List<T> items = List.copyOf(fetched.subList(0, perPage));
		return new CursorPage<>(items, perPage, Cursors.encode(keyOf.apply(items.getLast())));
	}

}
