package io.hearth.platform;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Sort;

/**
 * The allow-list of sort keys of one resource, parsing {@code sort=field,-other} into a
 * Spring Data {@link Sort}. Unknown or repeated keys are a 422 on {@code sort}.
 */
public final class SortParameter {

	private final Map<String, String> properties;

	private final Sort fallback;

	private SortParameter(Map<String, String> properties, Sort fallback) {
		this.properties = properties;
		this.fallback = fallback;
	}

	/**
	 * @param properties API sort key to entity property, in the order documented
	 * @param fallback the order when the client sends none
	 */
	public static SortParameter allow(Map<String, String> properties, Sort fallback) {
		return new SortParameter(new LinkedHashMap<>(properties), fallback);
	}

	public Sort parse(@Nullable String raw) {
		if (raw == null || raw.isBlank()) {
			return this.fallback;
		}
		List<Sort.Order> orders = new ArrayList<>();
		List<String> seen = new ArrayList<>();
		for (String part : raw.split(",")) {
			String token = part.strip();
			boolean descending = token.startsWith("-");
			String key = descending ? token.substring(1) : token;
			String property = this.properties.get(key);
			if (property == null || seen.contains(key)) {
				throw ApiException.invalid("sort",
						(property == null ? "unknown sort key '" + key + "'" : "sort key '" + key + "' given twice")
								+ "; allowed: " + String.join(", ", this.properties.keySet()));
			}
			seen.add(key);
			orders.add(descending ? Sort.Order.desc(property) : Sort.Order.asc(property));
		}
		return Sort.by(orders);
	}

	/**
	 * As {@link #parse(String)}, then ordered by {@code tieBreaker} (a unique property)
	 * in the direction of the last key, so pages are stable and an index on (key,
	 * tie-breaker) serves the whole order.
	 */
	public Sort parse(@Nullable String raw, String tieBreaker) {
		Sort sort = parse(raw);
		Sort.Order last = null;
		for (Sort.Order order : sort) {
			last = order;
		}
		if (last != null && last.getProperty().equals(tieBreaker)) {
			return sort;
		}
		return sort.and(Sort.by((last != null) ? last.getDirection() : Sort.Direction.ASC, tieBreaker));
	}

	public List<String> keys() {
		return List.copyOf(this.properties.keySet());
	}

}
