package io.hearth.interactions;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.hearth.platform.ApiException;
import io.hearth.platform.LikePatterns;
import io.hearth.platform.SearchQuery;
import io.hearth.platform.SearchTokens;
import org.jspecify.annotations.Nullable;

import org.springframework.data.jpa.domain.Specification;

/**
 * The finder's filters, parsed from query parameters (every bad one reported at once) and
 * turned into a query. Text filters are case-insensitive substrings; {@code q} searches
 * title, lead, type, location, description and notes.
 */
public record InteractionFilters(@Nullable SearchQuery search, List<InteractionType> types, @Nullable String title,
		@Nullable String lead, @Nullable String location, @Nullable Instant startFrom, @Nullable Instant startTo,
		@Nullable UUID createdBy) {

	public static InteractionFilters parse(@Nullable String q, @Nullable List<String> types, @Nullable String title,
			@Nullable String lead, @Nullable String location, @Nullable String startFrom, @Nullable String startTo,
			@Nullable String createdBy) {
		Map<String, List<String>> errors = new LinkedHashMap<>();
		List<InteractionType> parsedTypes = new ArrayList<>();
		if (types != null) {
			for (String raw : types) {
				for (String label : raw.split(",")) {
					if (!label.isBlank()) {
						InteractionType.of(label)
							.ifPresentOrElse(parsedTypes::add,
									() -> errors.computeIfAbsent("type", (k) -> new ArrayList<>())
										.add("'" + label.strip() + "' is not one of "
												+ String.join(", ", InteractionType.labels())));
					}
				}
			}
		}
		Instant from = instant("start_from", startFrom, errors);
		Instant to = instant("start_to", startTo, errors);
		if (from != null && to != null && to.isBefore(from)) {
			errors.put("start_to", List.of("must not be before start_from"));
		}
		UUID creator = null;
		if (createdBy != null && !createdBy.isBlank()) {
			try {
				creator = UUID.fromString(createdBy.strip());
			}
			catch (IllegalArgumentException ex) {
				errors.put("created_by", List.of("must be a user id (UUID)"));
			}
		}
		if (!errors.isEmpty()) {
			throw ApiException.invalid(errors);
		}
		return new InteractionFilters(SearchTokens.query(q).orElse(null), List.copyOf(parsedTypes), blankToNull(title),
				blankToNull(lead), blankToNull(location), from, to, creator);
	}

	Specification<Interaction> toSpecification() {
		Specification<Interaction> spec = (root, query, cb) -> cb.conjunction();
		if (!this.types.isEmpty()) {
			spec = spec.and((root, query, cb) -> root.get("type").in(this.types));
		}
		if (this.title != null) {
			spec = spec.and(contains("title", this.title, true));
		}
		if (this.lead != null) {
			spec = spec.and(contains("lead", this.lead, true));
		}
		if (this.location != null) {
			spec = spec.and(contains("location", this.location, true));
		}
		if (this.startFrom != null) {
			Instant from = this.startFrom;
			spec = spec.and((root, query, cb) -> cb.greaterThanOrEqualTo(root.get("startAt"), from));
		}
		if (this.startTo != null) {
			Instant to = this.startTo;
			spec = spec.and((root, query, cb) -> cb.lessThanOrEqualTo(root.get("startAt"), to));
		}
		if (this.createdBy != null) {
			UUID creator = this.createdBy;
			spec = spec.and((root, query, cb) -> cb.equal(root.get("createdBy"), creator));
		}
		return spec;
	}

	/** A LIKE with the user's %, _ and ! taken literally (escape character '!'). */
	private static Specification<Interaction> contains(String attribute, String value, boolean lower) {
		String pattern = LikePatterns.contains(value);
		return (root, query, cb) -> cb.like(lower ? cb.lower(root.get(attribute)) : root.get(attribute), pattern,
				LikePatterns.ESCAPE);
	}

	private static @Nullable Instant instant(String name, @Nullable String value, Map<String, List<String>> errors) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			Instant instant = OffsetDateTime.parse(value.strip()).toInstant();
			if (!io.hearth.platform.InputBounds.fits(instant)) {
				errors.put(name, List.of(io.hearth.platform.InputBounds.YEAR_RULE));
				return null;
			}
			return instant;
		}
		catch (java.time.DateTimeException ex) {
			errors.put(name, List.of("must be an ISO-8601 date-time with an offset, e.g. 2026-05-01T00:00:00Z"));
			return null;
		}
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
