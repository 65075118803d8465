package io.hearth.interactions;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** Valid values of an interaction. */
record InteractionValues(String title, InteractionType type, String lead, Instant startAt, @Nullable Instant endAt,
		String timezone, @Nullable String location, @Nullable String description, @Nullable String notes) {

}
