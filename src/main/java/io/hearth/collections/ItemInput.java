package io.hearth.collections;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import io.hearth.platform.ApiException;
import io.hearth.platform.MergePatch;
import io.hearth.platform.Texts;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads an item body field by field, so that every problem is reported at once (unknown
 * fields, wrong JSON types, lengths, the category, each value against its field, each
 * link); the values' types depend on the category, which a fixed record type cannot
 * express. The wire shape is documented by {@link ItemRequest}.
 */
final class ItemInput {

	private ItemInput() {
	}

	/**
	 * Reads name, description, category_id, values and urls of a full body (POST, PUT:
	 * {@code current} null) or applies a JSON Merge Patch (RFC 7386) to {@code current}:
	 * fields the patch leaves out keep their value, {@code null} clears one, and
	 * {@code values} is merged key by key. The result is validated as a whole.
	 * @param categories the caller's writable category by id, or {@code null}
	 */
	static Parsed parse(@Nullable JsonNode body, @Nullable Item current,
			Function<UUID, @Nullable Category> categories) {
		if (body == null || !body.isObject()) {
			throw ApiException.invalid("_", "the body must be a JSON object");
		}
		Map<String, List<String>> errors = new LinkedHashMap<>();
		for (String name : body.propertyNames()) {
			if (!List.of("name", "description", "category_id", "values", "urls").contains(name)) {
				errors.computeIfAbsent(name, (k) -> new ArrayList<>()).add("is not a known field");
			}
		}
		String name = text(body, "name", (current != null) ? current.name() : null, 200, true, errors);
		String description = text(body, "description", (current != null) ? current.description() : null, 5000, false,
				errors);
		Category category = null;
		JsonNode categoryNode = body.get("category_id");
		UUID categoryId = (current != null) ? current.categoryId() : null;
		if (categoryNode != null && !categoryNode.isNull() && !categoryNode.isString()) {
			errors.put("category_id", List.of("must be a category id (UUID)"));
		}
		else if (categoryNode != null && !categoryNode.isNull()) {
			try {
				categoryId = UUID.fromString(categoryNode.asString());
			}
			catch (IllegalArgumentException ex) {
				errors.put("category_id", List.of("must be a category id (UUID)"));
			}
		}
		if (categoryId == null && !errors.containsKey("category_id")) {
			errors.put("category_id", List.of("is required"));
		}
		else if (categoryId != null) {
			UUID wanted = categoryId;
			category = categories.apply(wanted);
			if (category == null) {
				errors.put("category_id", List.of("is not one of your categories"));
			}
		}
		Map<String, Object> values = Map.of();
		if (category != null) {
			JsonNode valuesNode = body.get("values");
			if (current != null) {
				JsonNode stored = Category.mapper().valueToTree(current.values());
				valuesNode = (valuesNode == null) ? stored : MergePatch.apply(stored, valuesNode);
			}
			values = ValueValidator.validate(valuesNode, category.fields(), errors);
		}
		Map<String, String> urls = new LinkedHashMap<>();
		JsonNode urlsNode = body.get("urls");
		if (urlsNode != null && !urlsNode.isNull()) {
			if (current != null) {
				errors.put("urls", List.of("change links with the /urls endpoints"));
			}
			else if (!urlsNode.isArray() || urlsNode.size() > ItemCatalog.MAX_URLS) {
				errors.put("urls", List.of("must be a list of at most " + ItemCatalog.MAX_URLS + " {url, label}"));
			}
			else {
				for (int i = 0; i < urlsNode.size(); i++) {
					JsonNode entry = urlsNode.get(i);
					String url = entry.isString() ? entry.asString()
							: entry.path("url").isString() ? entry.path("url").asString() : "";
					String label = entry.path("label").isString() ? entry.path("label").asString() : null;
					if (!ValueValidator.isWebUrl(url.strip()) || Texts.problem(url) != null) {
						errors.put("urls[" + i + "]",
								List.of("must be an absolute http(s) URL of at most 2048 characters"));
					}
					else {
						if (label != null && (Texts.problem(label) != null || label.length() > 200)) {
							errors.put("urls[" + i + "].label",
									List.of("must be valid text of at most 200 characters"));
						}
						urls.put(url.strip(), label);
					}
				}
			}
		}
		if (!errors.isEmpty()) {
			throw ApiException.invalid(errors);
		}
		return new Parsed(name, description, category, values, urls);
	}

	private static @Nullable String text(JsonNode body, String field, @Nullable String current, int max,
			boolean required, Map<String, List<String>> errors) {
		String value = current;
		JsonNode node = body.get(field);
		if (node != null) {
			if (node.isNull()) {
				value = null;
			}
			else if (!node.isString()) {
				errors.put(field, List.of("must be a string"));
				return null;
			}
			else if (Texts.problem(node.asString()) != null) {
				errors.put(field, List.of(Texts.problem(node.asString())));
				return null;
			}
			else {
				value = node.asString().strip();
				value = value.isEmpty() ? null : value;
			}
		}
		if (value == null && required) {
			errors.put(field, List.of("is required"));
		}
		if (value != null && value.length() > max) {
			errors.put(field, List.of("must be at most " + max + " characters"));
		}
		return value;
	}

	record Parsed(String name, @Nullable String description, Category category, Map<String, Object> values,
			Map<String, String> urls) {
	}

}
