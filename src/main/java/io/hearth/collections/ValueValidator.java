package io.hearth.collections;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.hearth.platform.InputBounds;
import io.hearth.platform.Texts;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Checks an item's {@code values} object against its category's fields: JSON types,
 * required fields, text length, number range and step, select options, ISO dates, http(s)
 * URLs; unknown keys are refused. Errors are keyed {@code values.<key>}.
 */
final class ValueValidator {

	private ValueValidator() {
	}

	/**
	 * The normalised values (blank text dropped), or throws-free: problems land in
	 * {@code errors}.
	 */
	static Map<String, Object> validate(@Nullable JsonNode values, List<FieldDefinition> fields,
			Map<String, List<String>> errors) {
		Map<String, Object> clean = new LinkedHashMap<>();
		if (values != null && !values.isNull() && !values.isObject()) {
			add(errors, "values", "must be an object keyed by field key");
			return clean;
		}
		Map<String, FieldDefinition> byKey = new LinkedHashMap<>();
		fields.forEach((f) -> byKey.put(f.key(), f));
		if (values != null && values.isObject()) {
			for (String key : values.propertyNames()) {
				if (!byKey.containsKey(key)) {
					add(errors, "values." + key, "is not a field of this category");
				}
			}
		}
		for (FieldDefinition field : fields) {
			JsonNode node = (values != null && values.isObject()) ? values.get(field.key()) : null;
			Object value = (node == null || node.isNull()) ? null : convert(field, node, errors);
			if (value instanceof String text && text.isBlank()) {
				value = null;
			}
			if (value == null) {
				if (field.isRequired() && !errors.containsKey("values." + field.key())) {
					add(errors, "values." + field.key(), "is required");
				}
				continue;
			}
			clean.put(field.key(), value);
		}
		return clean;
	}

	private static @Nullable Object convert(FieldDefinition field, JsonNode node, Map<String, List<String>> errors) {
		String at = "values." + field.key();
		if (node.isString() && Texts.problem(node.asString()) != null) {
			add(errors, at, Texts.problem(node.asString()));
			return null;
		}
		switch (field.type()) {
			case TEXT -> {
				if (!node.isString()) {
					return mismatch(errors, at, "a string");
				}
				String text = node.asString().strip();
				if (text.length() > field.textLimit()) {
					add(errors, at, "must be at most " + field.textLimit() + " characters");
				}
				return text;
			}
			case NUMBER -> {
				if (!node.isNumber()) {
					return mismatch(errors, at, "a number");
				}
				BigDecimal number = node.decimalValue();
				if (!InputBounds.fits(number)) {
					// checked first: comparing or dividing an unbounded number is the
					// cost to avoid
					add(errors, at, InputBounds.NUMBER_RULE);
					return null;
				}
				if (field.min() != null && number.compareTo(field.min()) < 0) {
					add(errors, at, "must be at least " + field.min().toPlainString());
				}
				if (field.max() != null && number.compareTo(field.max()) > 0) {
					add(errors, at, "must be at most " + field.max().toPlainString());
				}
				if (field.step() != null) {
					BigDecimal base = (field.min() != null) ? field.min() : BigDecimal.ZERO;
					if (number.subtract(base).remainder(field.step()).signum() != 0) {
						add(errors, at, "must be a multiple of " + field.step().toPlainString()
								+ ((field.min() != null) ? " from " + field.min().toPlainString() : ""));
					}
				}
				return number;
			}
			case SELECT -> {
				if (!node.isString()) {
					return mismatch(errors, at, "one of the options");
				}
				String choice = node.asString();
				if (field.options() == null || field.options().stream().noneMatch((o) -> o.value().equals(choice))) {
					add(errors, at, "must be one of "
							+ String.join(", ", field.options().stream().map(FieldDefinition.Option::value).toList()));
				}
				return choice;
			}
			case BOOLEAN -> {
				if (!node.isBoolean()) {
					return mismatch(errors, at, "true or false");
				}
				return node.asBoolean();
			}
			case DATE -> {
				if (!node.isString()) {
					return mismatch(errors, at, "a date (YYYY-MM-DD)");
				}
				try {
					LocalDate date = LocalDate.parse(node.asString().strip());
					return InputBounds.fits(date) ? date.toString()
							: mismatch(errors, at, "a date from year 1 to 9999");
				}
				catch (DateTimeParseException ex) {
					return mismatch(errors, at, "a date (YYYY-MM-DD)");
				}
			}
			case URL -> {
				if (!node.isString()) {
					return mismatch(errors, at, "an http(s) URL");
				}
				String url = node.asString().strip();
				if (!isWebUrl(url)) {
					return mismatch(errors, at, "an absolute http(s) URL of at most 2048 characters");
				}
				return url;
			}
			default -> throw new IllegalStateException(field.type().name());
		}
	}

	static boolean isWebUrl(String url) {
		if (url.length() > 2048) {
			return false;
		}
		try {
			URI uri = new URI(url);
			return uri.isAbsolute()
					&& ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
					&& uri.getHost() != null && !uri.getHost().isBlank();
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

	private static @Nullable Object mismatch(Map<String, List<String>> errors, String at, String expected) {
		add(errors, at, "must be " + expected);
		return null;
	}

	private static void add(Map<String, List<String>> errors, String field, String message) {
		errors.computeIfAbsent(field, (k) -> new ArrayList<>()).add(message);
	}

}
