package io.hearth.platform;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Component;

/**
 * Binds a JSON body to a request record and reports <em>every</em> problem at once, as
 * one 422: unknown fields, wrong JSON types (strict: no string for a number, no number
 * for a string), text the databases refuse, unparseable ids and date-times, then the
 * record's Bean Validation constraints. Jackson alone stops at the first problem; here a
 * field with the wrong shape is set aside, the rest is bound and validated, and a field
 * is reported once. {@code PATCH} applies a JSON Merge Patch to the current state first
 * ({@link #merged}), so the result is validated as a whole. At most {@value #MAX_ERRORS}
 * fields are listed. (About 250 lines: binding, merge patch and the per-field error
 * collection are one algorithm over the same tree walk, kept together.)
 */
@Component
public class TypedBodies {

	public static final int MAX_ERRORS = 50;

	private final JsonMapper json;

	private final Validator validator;

	TypedBodies(JsonMapper json, Validator validator) {
		this.json = json;
		this.validator = validator;
	}

	/** The bound and valid record, or a 422 listing every problem. */
	public <T extends Record> T read(@Nullable JsonNode body, Class<T> type) {
		Map<String, List<String>> errors = new LinkedHashMap<>();
		T value = read(body, type, errors);
		if (!errors.isEmpty() || value == null) {
			throw ApiException.invalid(errors);
		}
		return value;
	}

	/**
	 * Binds what it can and adds every problem to {@code errors}, for use cases that add
	 * checks of their own before answering.
	 * @return the record with the fields that had the wrong shape left null, or
	 * {@code null} when even that could not be bound
	 */
	public <T extends Record> @Nullable T read(@Nullable JsonNode body, Class<T> type,
			Map<String, List<String>> errors) {
		if (body == null || !body.isObject()) {
			errors.computeIfAbsent("_", (k) -> new ArrayList<>()).add("the body must be a JSON object");
			return null;
		}
		ObjectNode bindable = (ObjectNode) body.deepCopy();
		checkShape(bindable, type, "", errors);
		T value;
		try {
			value = this.json.treeToValue(bindable, type);
		}
		catch (DatabindException ex) {
			add(errors, BindingMessages.path(ex), "has an invalid value");
			return null;
		}
		for (ConstraintViolation<T> violation : this.validator.validate(value)) {
			String path = BindingMessages.snakeCase(violation.getPropertyPath().toString());
			if (!errors.containsKey(path)) {
				add(errors, path, violation.getMessage());
			}
		}
		return value;
	}

	/**
	 * {@code current} as JSON with the patch applied, for use cases that bind it
	 * themselves.
	 */
	public JsonNode merged(Record current, JsonNode patch) {
		return MergePatch.apply(this.json.valueToTree(current), patch);
	}

	/** Removes from {@code node} what does not have the shape its component needs. */
	private static void checkShape(ObjectNode node, Class<?> type, String prefix, Map<String, List<String>> errors) {
		Map<String, RecordComponent> components = new LinkedHashMap<>();
		for (RecordComponent component : type.getRecordComponents()) {
			components.put(BindingMessages.snakeCase(component.getName()), component);
		}
		for (String name : new ArrayList<>(node.propertyNames())) {
			RecordComponent component = components.get(name);
			if (component == null) {
				add(errors, prefix + name, "is not a known field");
				node.remove(name);
				continue;
			}
			JsonNode value = node.get(name);
			if (value.isNull()) {
				continue;
			}
			if (value.isString() && isParsedFromText(component.getType())
					&& !value.asString().equals(value.asString().strip())) {
				// ids and dates are trimmed like text
				value = node.stringNode(value.asString().strip());
				node.set(name, value);
			}
			String problem = shape(component, component.getType(), component.getGenericType(), value, prefix + name,
					errors);
			if (problem != null) {
				add(errors, prefix + name, problem);
				node.remove(name);
			}
			else if (errors.keySet()
				.stream()
				.anyMatch((key) -> key.startsWith(prefix + name + "[") || key.startsWith(prefix + name + "."))) {
				node.remove(name);
			}
		}
	}

	/** Why {@code value} cannot bind to {@code type}, or {@code null}. */
	private static @Nullable String shape(@Nullable RecordComponent component, Class<?> type, Type generic,
			JsonNode value, String path, Map<String, List<String>> errors) {
		if (type == JsonNode.class || type == Object.class) {
			return null;
		}
		if (type == String.class) {
			return !value.isString() ? "must be a string" : Texts.problem(value.asString());
		}
		if (type == UUID.class) {
			return (value.isString() && isUuid(value.asString())) ? null : "must be a UUID";
		}
		if (type == OffsetDateTime.class || type == Instant.class) {
			return value.isString() ? instantProblem(value.asString())
					: "must be an ISO-8601 date-time with an offset, e.g. 2026-05-01T09:30:00Z";
		}
		if (type == LocalDate.class) {
			return value.isString() ? dateProblem(value.asString()) : "must be a date (YYYY-MM-DD)";
		}
		if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
			return (value.isIntegralNumber() && value.canConvertToLong()) ? null : "must be a whole number";
		}
		if (type == BigDecimal.class || type == Double.class || type == double.class) {
			if (!value.isNumber()) {
				return "must be a number";
			}
			return InputBounds.fits(value.decimalValue()) ? null : InputBounds.NUMBER_RULE;
		}
		if (type == Boolean.class || type == boolean.class) {
			return value.isBoolean() ? null : "must be true or false";
		}
		if (type.isEnum()) {
			return value.isString() ? null : "must be a string";
		}
		if (Collection.class.isAssignableFrom(type)) {
			if (!value.isArray()) {
				return "must be a list";
			}
			Size size = (component != null) ? sizeOf(component) : null;
			if (size != null && value.size() > size.max()) {
				return "must have at most " + size.max() + " entries";
			}
			Class<?> element = elementType(generic, 0);
			if (element != null) {
				for (int i = 0; i < value.size(); i++) {
					JsonNode entry = value.get(i);
					String problem = entry.isNull() ? "must not be null"
							: shape(null, element, element, entry, path + "[" + i + "]", errors);
					if (problem != null) {
						add(errors, path + "[" + i + "]", problem);
					}
				}
			}
			return null;
		}
		if (Map.class.isAssignableFrom(type)) {
			return value.isObject() ? null : "must be an object";
		}
		if (type.isRecord()) {
			if (!value.isObject()) {
				return "must be an object";
			}
			checkShape((ObjectNode) value, type, path + ".", errors);
			return null;
		}
		return null;
	}

	private static @Nullable Class<?> elementType(Type generic, int index) {
		if (generic instanceof ParameterizedType parameterized
				&& parameterized.getActualTypeArguments()[index] instanceof Class<?> element) {
			return element;
		}
		return null;
	}

	private static boolean isUuid(String text) {
		try {
			return text.length() == 36 && UUID.fromString(text) != null;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private static @Nullable String instantProblem(String text) {
		try {
			return InputBounds.fits(OffsetDateTime.parse(text).toInstant()) ? null : InputBounds.YEAR_RULE;
		}
		catch (DateTimeException ex) {
			return "must be an ISO-8601 date-time with an offset, e.g. 2026-05-01T09:30:00Z";
		}
	}

	private static @Nullable String dateProblem(String text) {
		try {
			return InputBounds.fits(LocalDate.parse(text)) ? null : InputBounds.YEAR_RULE;
		}
		catch (DateTimeException ex) {
			return "must be a date (YYYY-MM-DD)";
		}
	}

	/** A record component's {@code @Size}, declared on it or on its type. */
	private static @Nullable Size sizeOf(RecordComponent component) {
		Size size = component.getAnnotation(Size.class);
		return (size != null) ? size : component.getAnnotatedType().getAnnotation(Size.class);
	}

	private static boolean isParsedFromText(Class<?> type) {
		return type == UUID.class || type == OffsetDateTime.class || type == Instant.class || type == LocalDate.class;
	}

	private static void add(Map<String, List<String>> errors, String field, String message) {
		if (errors.size() < MAX_ERRORS || errors.containsKey(field)) {
			errors.computeIfAbsent(field, (k) -> new ArrayList<>()).add(message);
		}
	}

}
