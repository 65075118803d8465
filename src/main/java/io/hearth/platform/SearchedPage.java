package io.hearth.platform;

import java.util.List;

import org.springframework.data.domain.Page;

/**
 * A numbered page of a search: its total is exact up to {@value #COUNT_LIMIT}, a lower
 * bound above ({@code totalAtLeast}), so that counting a common word costs a bounded
 * amount of work.
 *
 * @param suggestions words to try when nothing was found
 */
public record SearchedPage<T>(Page<T> page, boolean totalAtLeast, List<String> suggestions) {

	public static final int COUNT_LIMIT = 1000;

}
