package io.hearth.collections;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import io.hearth.platform.ApiException;
import io.hearth.platform.TypedBodies;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * An item body as the use case needs it: {@link ItemRequest} bound by
 * {@link TypedBodies}, then what depends on the category (its ownership, each value
 * against its field) and each link, every problem reported at once.
 */
final class ItemInput {

	private ItemInput() {
	}

	/**
	 * Binds and checks a full body (POST, PUT: {@code current} null) or a JSON Merge
	 * Patch (RFC 7386) applied to {@code current}: fields the patch leaves out keep their
	 * value, {@code null} clears one, {@code values} merges key by key. The result is
	 * validated as a whole and every problem reported at once.
	 * @param categories the caller's writable category by id, or {@code null}
	 */
	static Parsed parse(TypedBodies bodies, @Nullable JsonNode body, @Nullable Item current,
			Function<UUID, @Nullable Category> categories) {
		if (current != null && (body == null || !body.isObject())) {
			throw ApiException.invalid("_", "the body must be a JSON object (a JSON Merge Patch)");
		}
		JsonNode whole = (current != null) ? bodies.merged(ItemRequest.of(current), body) : body;
		Map<String, List<String>> errors = new LinkedHashMap<>();
		ItemRequest request = bodies.read(whole, ItemRequest.class, errors);
		Category category = null;
		if (request != null && request.categoryId() != null && !errors.containsKey("category_id")) {
			category = categories.apply(request.categoryId());
			if (category == null) {
				add(errors, "category_id", "is not one of your categories");
			}
		}
		Map<String, Object> values = Map.of();
		if (category != null && !errors.containsKey("values")) {
			values = ValueValidator.validate(Category.mapper().valueToTree(request.values()), category.fields(),
					errors);
		}
		Map<String, String> urls = new LinkedHashMap<>();
		if (request != null && request.urls() != null) {
			for (int i = 0; i < request.urls().size(); i++) {
				ItemRequest.Link link = request.urls().get(i);
				if (link == null || link.url() == null || errors.containsKey("urls[" + i + "].url")) {
					continue;
				}
				if (!ValueValidator.isWebUrl(link.url())) {
					add(errors, "urls[" + i + "].url", "must be an absolute http(s) URL of at most 2048 characters");
				}
				else {
					urls.put(link.url(), link.label());
				}
			}
		}
		if (!errors.isEmpty() || request == null) {
			throw ApiException.invalid(errors);
		}
		return new Parsed(request.name(), request.description(), category, values, urls);
	}

	private static void add(Map<String, List<String>> errors, String field, String message) {
		errors.computeIfAbsent(field, (k) -> new ArrayList<>()).add(message);
	}

	record Parsed(String name, @Nullable String description, Category category, Map<String, Object> values,
			Map<String, String> urls) {
	}

}
