package io.hearth.interactions.web;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

import io.hearth.interactions.InteractionView;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.util.MultiValueMap;

/** The interaction form as typed; times local to its zone. */
record InteractionForm(String title, String type, String lead, String startAt, String endAt, String timezone,
		String location, String description, String notes, @Nullable String version) {

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	/** The zone picker's choices: every region zone the JDK knows, sorted, after UTC. */
	static final List<String> ZONES = ZoneId.getAvailableZoneIds()
		.stream()
		.filter((z) -> z.contains("/") && !z.startsWith("Etc/") && !z.startsWith("SystemV/"))
		.sorted()
		.collect(Collectors.collectingAndThen(Collectors.toList(), (list) -> {
			list.addFirst("UTC");
			return List.copyOf(list);
		}));

	static InteractionForm blank() {
		return new InteractionForm("", "", "", "", "", "UTC", "", "", "", null);
	}

	static InteractionForm of(MultiValueMap<String, String> params) {
		return new InteractionForm(text(params, "title"), text(params, "type"), text(params, "lead"),
				text(params, "start_at"), text(params, "end_at"),
				text(params, "timezone").isEmpty() ? "UTC" : text(params, "timezone"), text(params, "location"),
				text(params, "description"), text(params, "notes"), params.getFirst("version"));
	}

	static InteractionForm of(InteractionView i) {
		ZoneId zone = ZoneId.of(i.timezone());
		return new InteractionForm(i.title(), i.type().label(), i.lead(), LOCAL.format(i.startAt().atZone(zone)),
				(i.endAt() != null) ? LOCAL.format(i.endAt().atZone(zone)) : "", i.timezone(),
				(i.location() != null) ? i.location() : "", (i.description() != null) ? i.description() : "",
				(i.notes() != null) ? i.notes() : "", String.valueOf(i.version()));
	}

	/** The API's body: local times of the form read in the chosen zone. */
	ObjectNode body(JsonMapper json) {
		ObjectNode body = json.createObjectNode();
		body.put("title", this.title);
		body.put("type", this.type);
		body.put("lead", this.lead);
		body.put("timezone", this.timezone);
		putTime(body, "start_at", this.startAt, this.timezone);
		putTime(body, "end_at", this.endAt, this.timezone);
		putText(body, "location", this.location);
		putText(body, "description", this.description);
		putText(body, "notes", this.notes);
		return body;
	}

	private static void putTime(ObjectNode body, String name, String local, String zone) {
		if (local.isBlank()) {
			return;
		}
		try {
			body.put(name, LocalDateTime.parse(local).atZone(ZoneId.of(zone)).toOffsetDateTime().toString());
		}
		catch (DateTimeException ex) {
			// the use case names the field: not a time, or no such zone
			body.put(name, local);
		}
	}

	private static void putText(ObjectNode body, String name, String value) {
		if (!value.isBlank()) {
			body.put(name, value);
		}
	}

	private static String text(MultiValueMap<String, String> params, String name) {
		String value = params.getFirst(name);
		return (value != null) ? value.strip() : "";
	}

}
