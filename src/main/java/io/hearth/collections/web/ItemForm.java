package io.hearth.collections.web;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import io.hearth.collections.CollectionViews;
import io.hearth.collections.FieldDefinition;
import io.hearth.platform.PageForms;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.util.MultiValueMap;

/** What the item form shows: the values as typed, by field key. */
record ItemForm(String name, String description, Map<String, String> values, @Nullable Long version) {

	static ItemForm empty() {
		return new ItemForm("", "", Map.of(), null);
	}

	static ItemForm of(CollectionViews.CategoryView category, MultiValueMap<String, String> params) {
		Map<String, String> values = new HashMap<>();
		category.fields().forEach((field) -> {
			String input = params.getFirst("values." + field.key());
			if (input != null) {
				values.put(field.key(), input);
			}
		});
		String version = params.getFirst("version");
		return new ItemForm(nonNull(params.getFirst("name")), nonNull(params.getFirst("description")), values,
				(version != null && version.matches("\\d{1,18}")) ? Long.parseLong(version) : null);
	}

	static ItemForm of(CollectionViews.ItemView item) {
		Map<String, String> values = new HashMap<>();
		item.values().forEach((key, value) -> values.put(key, String.valueOf(value)));
		return new ItemForm(item.name(), nonNull(item.description()), values, item.version());
	}

	/**
	 * The posted form as the API's JSON body: each field's input by its type, an empty
	 * input left out (the use case says whether it is required).
	 */
	static ObjectNode body(JsonMapper json, CollectionViews.@Nullable CategoryView category,
			MultiValueMap<String, String> params) {
		ObjectNode body = json.createObjectNode();
		body.put("name", params.getFirst("name"));
		String description = params.getFirst("description");
		if (description != null && !description.isBlank()) {
			body.put("description", description);
		}
		body.put("category_id", params.getFirst("category_id"));
		ObjectNode values = body.putObject("values");
		if (category == null) {
			return body;
		}
		for (FieldDefinition field : category.fields()) {
			String input = params.getFirst("values." + field.key());
			if (field.type() == FieldDefinition.Type.BOOLEAN) {
				values.put(field.key(), input != null);
			}
			else if (input != null && !input.isBlank()) {
				putTyped(values, field, input);
			}
		}
		return body;
	}

	private static void putTyped(ObjectNode values, FieldDefinition field, String input) {
		BigDecimal number = (field.type() == FieldDefinition.Type.NUMBER) ? PageForms.number(input) : null;
		if (number != null) {
			values.put(field.key(), number);
			return;
		}
		// kept as typed: the use case names the field
		values.put(field.key(), input);
	}

	private static String nonNull(@Nullable String value) {
		return (value != null) ? value : "";
	}

}
