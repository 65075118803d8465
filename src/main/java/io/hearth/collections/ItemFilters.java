package io.hearth.collections;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.hearth.platform.ApiException;
import io.hearth.platform.InputBounds;
import io.hearth.platform.SearchQuery;
import io.hearth.platform.SearchTokens;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import org.jspecify.annotations.Nullable;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.util.MultiValueMap;

/**
 * The item list's filters: {@code q} (name, description and text values),
 * {@code category_id}, {@code has_photos}, {@code field.<key>=value} (exact; numbers
 * compare numerically) and {@code field.<key>.min} / {@code .max} (numbers). Field
 * filters use the indexed value rows.
 */
public record ItemFilters(@Nullable SearchQuery search, @Nullable UUID categoryId, @Nullable Boolean hasPhotos,
		List<FieldFilter> fields) {

	record FieldFilter(String key, String operator, String value, @Nullable BigDecimal number) {
	}

	public static ItemFilters parse(MultiValueMap<String, String> params) {
		Map<String, List<String>> errors = new LinkedHashMap<>();
		String q = first(params, "q");
		UUID categoryId = null;
		String category = first(params, "category_id");
		if (category != null) {
			try {
				categoryId = UUID.fromString(category);
			}
			catch (IllegalArgumentException ex) {
				errors.put("category_id", List.of("must be a category id (UUID)"));
			}
		}
		Boolean hasPhotos = null;
		String photos = first(params, "has_photos");
		if (photos != null) {
			if (!photos.equals("true") && !photos.equals("false")) {
				errors.put("has_photos", List.of("must be true or false"));
			}
			hasPhotos = Boolean.valueOf(photos);
		}
		List<FieldFilter> fields = new ArrayList<>();
		params.forEach((name, values) -> {
			if (!name.startsWith("field.")) {
				return;
			}
			String rest = name.substring("field.".length());
			String operator = "eq";
			if (rest.endsWith(".min") || rest.endsWith(".max")) {
				operator = rest.substring(rest.length() - 3);
				rest = rest.substring(0, rest.length() - 4);
			}
			if (!FieldDefinition.KEY.matcher(rest).matches()) {
				errors.put(name, List.of("must be field.<key>, field.<key>.min or field.<key>.max"));
				return;
			}
			String value = (values.isEmpty() || values.get(0) == null) ? "" : values.get(0).strip();
			BigDecimal number = InputBounds.parse(value);
			if (number == null && !operator.equals("eq")) {
				errors.put(name, List.of("must be a number that " + InputBounds.NUMBER_RULE.substring(5)));
				return;
			}
			fields.add(new FieldFilter(rest, operator, value, number));
		});
		if (!errors.isEmpty()) {
			throw ApiException.invalid(errors);
		}
		return new ItemFilters(SearchTokens.query(q).orElse(null), categoryId, hasPhotos, List.copyOf(fields));
	}

	Specification<Item> toSpecification() {
		Specification<Item> spec = (root, query, cb) -> cb.conjunction();
		if (this.categoryId != null) {
			UUID id = this.categoryId;
			spec = spec.and((root, query, cb) -> cb.equal(root.get("categoryId"), id));
		}
		if (this.hasPhotos != null) {
			boolean with = this.hasPhotos;
			spec = spec.and((root, query, cb) -> with ? cb.greaterThan(root.get("photoCount"), 0)
					: cb.equal(root.get("photoCount"), 0));
		}
		for (FieldFilter filter : this.fields) {
			spec = spec.and((root, query, cb) -> {
				Subquery<Integer> match = query.subquery(Integer.class);
				Root<ItemParts.FieldValue> value = match.from(ItemParts.FieldValue.class);
				List<Predicate> conditions = new ArrayList<>();
				conditions.add(cb.equal(value.get("key").get("itemId"), root.get("id")));
				conditions.add(cb.equal(value.get("ownerId"), root.get("ownerId")));
				conditions.add(cb.equal(value.get("key").get("fieldKey"), filter.key()));
				switch (filter.operator()) {
					case "min" -> conditions.add(cb.greaterThanOrEqualTo(value.get("numberValue"), filter.number()));
					case "max" -> conditions.add(cb.lessThanOrEqualTo(value.get("numberValue"), filter.number()));
					default -> conditions.add((filter.number() != null)
							? cb.or(cb.equal(value.get("numberValue"), filter.number()),
									cb.equal(value.get("textValue"), filter.value()))
							: cb.equal(value.get("textValue"), filter.value()));
				}
				match.select(cb.literal(1)).where(conditions.toArray(Predicate[]::new));
				return cb.exists(match);
			});
		}
		return spec;
	}

	private static @Nullable String first(MultiValueMap<String, String> params, String name) {
		String value = params.getFirst(name);
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
