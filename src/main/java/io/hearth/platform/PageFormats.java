package io.hearth.platform;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Formats the pages call as {@code @pageFormats}: instants as minutes in UTC, said so,
 * until the pages know the user's zone.
 */
@Component("pageFormats")
public class PageFormats {

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
		.withZone(ZoneOffset.UTC);

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	public String time(@Nullable Instant instant) {
		return (instant != null) ? MINUTES.format(instant) : "—";
	}

	/** The instant as the wall-clock time of {@code zone} (an interaction's own). */
	public String local(@Nullable Instant instant, String zone) {
		if (instant == null) {
			return "—";
		}
		try {
			return LOCAL.format(instant.atZone(java.time.ZoneId.of(zone)));
		}
		catch (java.time.DateTimeException ex) {
			return MINUTES.format(instant);
		}
	}

}
