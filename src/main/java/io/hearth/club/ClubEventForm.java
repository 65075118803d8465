package io.hearth.club;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.hearth.platform.ApiException;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;

/**
 * The staff's event (and series) form read as the API's request: local date-times in the
 * chosen zone, a text per language whose title is filled in, the artists picked. What
 * cannot even be read is refused by field, as Bean Validation then refuses the rest.
 */
@Component
class ClubEventForm {

	private final ClubLanguages languages;

	private final ClubProperties properties;

	ClubEventForm(ClubLanguages languages, ClubProperties properties) {
		this.languages = languages;
		this.properties = properties;
	}

	/** The form as the API's request; what cannot even be read is refused by field. */
	ClubRequests.EventWrite read(MultiValueMap<String, String> form) {
		Map<String, List<String>> errors = new LinkedHashMap<>();
		String zoneName = blank(form.getFirst("time_zone"));
		ZoneId zone = this.properties.timeZone();
		if (zoneName != null) {
			try {
				zone = ZoneId.of(zoneName);
			}
			catch (DateTimeException ex) {
				errors.put("time_zone", List.of("is not an IANA time zone, e.g. Europe/Rome"));
			}
		}
		OffsetDateTime starts = at(form.getFirst("starts_at"), zone, "starts_at", errors);
		OffsetDateTime ends = at(form.getFirst("ends_at"), zone, "ends_at", errors);
		ClubRequests.EventType type = null;
		try {
			type = ClubRequests.EventType.of(String.valueOf(form.getFirst("type")));
		}
		catch (IllegalArgumentException ex) {
			errors.put("type", List.of("must be one of " + String.join(", ", ClubStaffPages.TYPES)));
		}
		UUID venue = null;
		try {
			venue = UUID.fromString(String.valueOf(form.getFirst("venue_id")));
		}
		catch (IllegalArgumentException ex) {
			errors.put("venue_id", List.of("choose a venue"));
		}
		Map<String, ClubRequests.EventText> texts = new LinkedHashMap<>();
		for (String language : this.languages.all()) {
			String title = blank(form.getFirst("title_" + language));
			String description = blank(form.getFirst("description_" + language));
			if (title != null) {
				texts.put(language, new ClubRequests.EventText(title, description));
			}
		}
		List<ClubRequests.BillingInput> artists = new ArrayList<>();
		for (String artist : form.getOrDefault("artist_ids", List.of())) {
			try {
				artists.add(new ClubRequests.BillingInput(UUID.fromString(artist), null));
			}
			catch (IllegalArgumentException ex) {
				errors.put("artists", List.of("choose artists from the list"));
			}
		}
		if (!errors.isEmpty()) {
			throw ApiException.invalid(errors);
		}
		return new ClubRequests.EventWrite(blank(form.getFirst("slug")), type, venue, starts, ends, zone.getId(),
				form.containsKey("is_featured"), form.containsKey("unlisted"), texts, artists, null);
	}

	private static @Nullable OffsetDateTime at(@Nullable String value, ZoneId zone, String field,
			Map<String, List<String>> errors) {
		if (value == null || value.isBlank()) {
			errors.put(field, List.of("is required"));
			return null;
		}
		try {
			LocalDateTime local = LocalDateTime.parse(value.strip());
			if (local.getYear() < 2000 || local.getYear() > 2200) {
				errors.put(field, List.of("is out of range"));
				return null;
			}
			return local.atZone(zone).toOffsetDateTime();
		}
		catch (DateTimeParseException ex) {
			errors.put(field, List.of("must be a date and time, e.g. 2026-12-24T22:00"));
			return null;
		}
	}

	private static @Nullable String blank(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
