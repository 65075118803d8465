package io.hearth.club;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** What a member sends: their preferences, whole (a field left out takes its default). */
final class MemberRequests {

	static final String TIME = "([01][0-9]|2[0-3]):[0-5][0-9]";

	private MemberRequests() {
	}

	/**
	 * @param reminderHoursBefore how long before an event its reminder goes (default 24)
	 * @param eventUpdates mails when an event one goes to or was told about moves or is
	 * cancelled (default on)
	 * @param language one of the club's; default: the account's language if the club has
	 * it, else the club's default
	 * @param timeZone IANA; default the club's
	 * @param calendarAlarm minutes before each event of the personal calendar, as VALARM
	 */
	record Preferences(@Nullable Boolean newEvents, @Nullable Boolean reminders,
			@Nullable @Min(1) @Max(168) Integer reminderHoursBefore, @Nullable Boolean eventUpdates,
			@Nullable Boolean weeklyDigest,
			@Nullable @Pattern(regexp = "[a-z]{2,3}", message = "must be a language code") String language,
			@Nullable @Size(max = 64) String timeZone, @Nullable @Valid QuietHours quietHours,
			@Nullable @Min(0) @Max(10_080) Integer calendarAlarm) {
	}

	/** A local window, e.g. 23:00–08:00, in which nothing is sent. */
	record QuietHours(@NotNull @Pattern(regexp = TIME, message = "must be HH:MM") String from,
			@NotNull @Pattern(regexp = TIME, message = "must be HH:MM") String until) {
	}

}
