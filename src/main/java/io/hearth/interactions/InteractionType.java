package io.hearth.interactions;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/** The kinds of interaction, shown and accepted by their label. */
public enum InteractionType {

	MEETING("Meeting"), CALL("Call"), EMAIL("Email"), UPDATE("Update"), TRAINING("Training"), REVIEW("Review"),
	PRESENTATION("Presentation"), CONFERENCE("Conference"), WORKSHOP("Workshop"), OTHER("Other");

	private final String label;

	InteractionType(String label) {
		this.label = label;
	}

	@JsonValue
	public String label() {
		return this.label;
	}

	/** By label, ignoring case. */
	static Optional<InteractionType> of(String label) {
		return Arrays.stream(values()).filter((t) -> t.label.equalsIgnoreCase(label.strip())).findFirst();
	}

	public static List<String> labels() {
		return Arrays.stream(values()).map(InteractionType::label).toList();
	}

}
