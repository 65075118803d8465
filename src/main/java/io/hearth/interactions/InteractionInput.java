package io.hearth.interactions;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.hearth.platform.ApiException;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads an interaction body field by field, so that every problem is reported at once:
 * unknown fields, wrong JSON types, blank text (which counts as missing), lengths, the
 * type list, IANA time zones, ISO-8601 instants, and {@code end_at} after
 * {@code start_at}. A partial body (PATCH) changes only the fields it names.
 */
final class InteractionInput {

	static final Set<String> FIELDS = Set.of("title", "type", "lead", "start_at", "end_at", "timezone", "location",
			"description", "notes");

	private static final Set<String> REQUIRED = Set.of("title", "type", "lead", "start_at", "timezone");

	private static final Map<String, Integer> MAX = Map.of("title", 255, "lead", 100, "location", 255, "description",
			5000, "notes", 2000, "timezone", 64);

	private final Map<String, List<String>> errors = new LinkedHashMap<>();

	private InteractionInput() {
	}

	/** The validated values of a full body (create, replace). */
	static Values full(@Nullable JsonNode body) {
		return parse(body, null);
	}

	/**
	 * The validated values of {@code current} with the fields of a partial body applied.
	 */
	static Values partial(@Nullable JsonNode body, Values current) {
		return parse(body, current);
	}

	private static Values parse(@Nullable JsonNode body, @Nullable Values current) {
		InteractionInput input = new InteractionInput();
		if (body == null || !body.isObject()) {
			throw ApiException.invalid("_", "the body must be a JSON object");
		}
		body.propertyNames().forEach((name) -> {
			if (!FIELDS.contains(name)) {
				input.error(name, "is not a known field");
			}
		});
		String title = input.text(body, "title", (current != null) ? current.title() : null, current != null);
		String typeLabel = input.text(body, "type", (current != null) ? current.type().label() : null, current != null);
		String lead = input.text(body, "lead", (current != null) ? current.lead() : null, current != null);
		String start = input.text(body, "start_at", (current != null) ? current.startAt().toString() : null,
				current != null);
		String end = input.text(body, "end_at",
				(current != null && current.endAt() != null) ? current.endAt().toString() : null, current != null);
		String timezone = input.text(body, "timezone", (current != null) ? current.timezone() : null, current != null);
		String location = input.text(body, "location", (current != null) ? current.location() : null, current != null);
		String description = input.text(body, "description", (current != null) ? current.description() : null,
				current != null);
		String notes = input.text(body, "notes", (current != null) ? current.notes() : null, current != null);

		InteractionType type = null;
		if (typeLabel != null) {
			type = InteractionType.of(typeLabel).orElse(null);
			if (type == null) {
				input.error("type", "must be one of " + String.join(", ", InteractionType.labels()));
			}
		}
		Instant startAt = input.instant("start_at", start);
		Instant endAt = input.instant("end_at", end);
		if (startAt != null && endAt != null && !endAt.isAfter(startAt)) {
			input.error("end_at", "must be after start_at");
		}
		if (timezone != null && !ZoneId.getAvailableZoneIds().contains(timezone)) {
			input.error("timezone", "must be an IANA time zone such as Europe/Paris");
		}
		if (!input.errors.isEmpty()) {
			throw ApiException.invalid(input.errors);
		}
		return new Values(title, type, lead, startAt, endAt, timezone, location, description, notes);
	}

	/**
	 * A text field: the body's value when present (trimmed; blank is missing), else the
	 * current one. Required fields must end up with a value.
	 */
	private @Nullable String text(JsonNode body, String field, @Nullable String current, boolean partial) {
		String value = current;
		JsonNode node = body.get(field);
		if (node != null) {
			if (node.isNull()) {
				value = null;
			}
			else if (!node.isString()) {
				error(field, "must be a string");
				return null;
			}
			else if (io.hearth.platform.Texts.problem(node.asString()) != null) {
				error(field, io.hearth.platform.Texts.problem(node.asString()));
				return null;
			}
			else {
				String stripped = node.asString().strip();
				value = stripped.isEmpty() ? null : stripped;
			}
		}
		else if (!partial) {
			value = null;
		}
		if (value == null && REQUIRED.contains(field)) {
			error(field, "is required");
		}
		Integer max = MAX.get(field);
		if (value != null && max != null && value.length() > max) {
			error(field, "must be at most " + max + " characters");
		}
		return value;
	}

	private @Nullable Instant instant(String field, @Nullable String value) {
		if (value == null) {
			return null;
		}
		try {
			Instant instant = OffsetDateTime.parse(value).toInstant();
			if (!io.hearth.platform.InputBounds.fits(instant)) {
				error(field, io.hearth.platform.InputBounds.YEAR_RULE);
				return null;
			}
			return instant;
		}
		catch (java.time.DateTimeException ex) {
			error(field, "must be an ISO-8601 date-time with an offset, e.g. 2026-05-01T09:30:00Z");
			return null;
		}
	}

	private void error(String field, String message) {
		this.errors.computeIfAbsent(field, (k) -> new ArrayList<>()).add(message);
	}

	/** Valid values of an interaction. */
	record Values(String title, InteractionType type, String lead, Instant startAt, @Nullable Instant endAt,
			String timezone, @Nullable String location, @Nullable String description, @Nullable String notes) {
	}

}
