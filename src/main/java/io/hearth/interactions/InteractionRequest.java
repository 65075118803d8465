package io.hearth.interactions;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * An interaction as a client sends it (POST, PUT; a PATCH is merged onto the current one
 * first). Text is trimmed and blank counts as missing; the rules a single field cannot
 * express (the type list, IANA zones, {@code end_at} after {@code start_at}) are
 * {@link #problems}.
 */
@Schema(name = "InteractionRequest")
record InteractionRequest(
		@NotBlank(message = "is required") @Size(max = 255, message = "must be at most {max} characters") String title,
		@Schema(description = "One of the labels of GET /api/v1/interactions/types") @NotBlank(
				message = "is required") String type,
		@NotBlank(message = "is required") @Size(max = 100, message = "must be at most {max} characters") String lead,
		@NotNull(message = "is required") OffsetDateTime startAt, @Nullable OffsetDateTime endAt,
		@Schema(description = "IANA time zone, e.g. Europe/Paris") @NotBlank(message = "is required") @Size(max = 64,
				message = "must be at most {max} characters") String timezone,
		@Nullable @Size(max = 255, message = "must be at most {max} characters") String location,
		@Nullable @Size(max = 5000, message = "must be at most {max} characters") String description,
		@Nullable @Size(max = 2000, message = "must be at most {max} characters") String notes) {

	/** The audited fields, in API names. */
	static final Set<String> FIELDS = Set.of("title", "type", "lead", "start_at", "end_at", "timezone", "location",
			"description", "notes");

	InteractionRequest {
		title = trimmed(title);
		type = trimmed(type);
		lead = trimmed(lead);
		timezone = trimmed(timezone);
		location = trimmed(location);
		description = trimmed(description);
		notes = trimmed(notes);
	}

	/** The current state of an interaction, as the body that would have made it. */
	static InteractionRequest of(InteractionValues values) {
		return new InteractionRequest(values.title(), values.type().label(), values.lead(),
				values.startAt().atOffset(java.time.ZoneOffset.UTC),
				(values.endAt() != null) ? values.endAt().atOffset(java.time.ZoneOffset.UTC) : null, values.timezone(),
				values.location(), values.description(), values.notes());
	}

	/** Adds what only the whole request can tell to {@code errors}. */
	void problems(Map<String, List<String>> errors) {
		if (this.type != null && !errors.containsKey("type") && InteractionType.of(this.type).isEmpty()) {
			add(errors, "type", "must be one of " + String.join(", ", InteractionType.labels()));
		}
		if (this.timezone != null && !errors.containsKey("timezone")
				&& !ZoneId.getAvailableZoneIds().contains(this.timezone)) {
			add(errors, "timezone", "must be an IANA time zone such as Europe/Paris");
		}
		if (this.startAt != null && this.endAt != null && !this.endAt.isAfter(this.startAt)) {
			add(errors, "end_at", "must be after start_at");
		}
	}

	/** The values to store; only for a request without {@link #problems}. */
	InteractionValues values() {
		return new InteractionValues(this.title, InteractionType.of(this.type).orElseThrow(), this.lead,
				this.startAt.toInstant(), (this.endAt != null) ? this.endAt.toInstant() : null, this.timezone,
				this.location, this.description, this.notes);
	}

	private static @Nullable String trimmed(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	private static void add(Map<String, List<String>> errors, String field, String message) {
		errors.computeIfAbsent(field, (k) -> new ArrayList<>()).add(message);
	}

}
