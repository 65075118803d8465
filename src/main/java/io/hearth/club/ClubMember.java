package io.hearth.club;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * A member's side of the club: how they want to hear about the programme, and the hash of
 * their personal calendar's secret. A member who never set anything has no row and the
 * defaults ({@link #defaults}).
 */
@Entity
@Table(name = "club_members")
class ClubMember {

	static final int DEFAULT_HOURS_BEFORE = 24;

	@Id
	private UUID userId;

	private boolean newEvents;

	private boolean reminders;

	private int reminderHoursBefore;

	private boolean eventUpdates;

	private boolean weeklyDigest;

	private @Nullable String language;

	private @Nullable String timeZone;

	private @Nullable String quietFrom;

	private @Nullable String quietUntil;

	private @Nullable Integer calendarAlarm;

	private @Nullable String calendarTokenHash;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private @Nullable Long version;

	protected ClubMember() {
		// for JPA
	}

	private ClubMember(UUID userId, Instant now) {
		this.userId = userId;
		this.newEvents = true;
		this.reminders = true;
		this.reminderHoursBefore = DEFAULT_HOURS_BEFORE;
		this.eventUpdates = true;
		this.weeklyDigest = false;
		this.createdAt = now;
		this.updatedAt = now;
	}

	/**
	 * Who has not chosen anything yet: new events, reminders a day before and updates.
	 */
	static ClubMember defaults(UUID userId, Instant now) {
		return new ClubMember(userId, now);
	}

	/** The whole set at once: what the request leaves out takes its default. */
	void change(MemberRequests.Preferences wanted, @Nullable String language, @Nullable ZoneId zone, Instant now) {
		this.newEvents = wanted.newEvents() == null || wanted.newEvents();
		this.reminders = wanted.reminders() == null || wanted.reminders();
		this.reminderHoursBefore = (wanted.reminderHoursBefore() != null) ? wanted.reminderHoursBefore()
				: DEFAULT_HOURS_BEFORE;
		this.eventUpdates = wanted.eventUpdates() == null || wanted.eventUpdates();
		this.weeklyDigest = wanted.weeklyDigest() != null && wanted.weeklyDigest();
		this.language = language;
		this.timeZone = (zone != null) ? zone.getId() : null;
		this.quietFrom = (wanted.quietHours() != null) ? wanted.quietHours().from() : null;
		this.quietUntil = (wanted.quietHours() != null) ? wanted.quietHours().until() : null;
		this.calendarAlarm = wanted.calendarAlarm();
		this.updatedAt = now;
	}

	/** Stops one kind of mail (the one-click unsubscribe of that kind's mails). */
	void stop(ClubNotification.Kind kind, Instant now) {
		switch (kind) {
			case NEW_EVENT -> this.newEvents = false;
			case REMINDER -> this.reminders = false;
			case EVENT_CHANGED, EVENT_CANCELLED -> this.eventUpdates = false;
			case WEEKLY_DIGEST -> this.weeklyDigest = false;
		}
		this.updatedAt = now;
	}

	boolean wants(ClubNotification.Kind kind) {
		return switch (kind) {
			case NEW_EVENT -> this.newEvents;
			case REMINDER -> this.reminders;
			case EVENT_CHANGED, EVENT_CANCELLED -> this.eventUpdates;
			case WEEKLY_DIGEST -> this.weeklyDigest;
		};
	}

	void calendarToken(@Nullable String hash, Instant now) {
		this.calendarTokenHash = hash;
		this.updatedAt = now;
	}

	/**
	 * When a send due at {@code due} may go: then, or at the end of the quiet hours it
	 * falls in (in the member's zone; a window may cross midnight).
	 */
	Instant sendable(Instant due, ZoneId clubZone) {
		if (this.quietFrom == null || this.quietUntil == null || this.quietFrom.equals(this.quietUntil)) {
			return due;
		}
		ZonedDateTime local = due.atZone(zone(clubZone));
		LocalTime from = LocalTime.parse(this.quietFrom);
		LocalTime until = LocalTime.parse(this.quietUntil);
		LocalTime at = local.toLocalTime();
		boolean crossesMidnight = from.isAfter(until);
		boolean quiet = crossesMidnight ? (!at.isBefore(from) || at.isBefore(until))
				: (!at.isBefore(from) && at.isBefore(until));
		if (!quiet) {
			return due;
		}
		ZonedDateTime end = local.with(until);
		if (!end.isAfter(local)) {
			end = local.toLocalDate().plusDays(1).atTime(until).atZone(local.getZone());
		}
		return end.toInstant();
	}

	UUID userId() {
		return this.userId;
	}

	int reminderHoursBefore() {
		return this.reminderHoursBefore;
	}

	boolean newEvents() {
		return this.newEvents;
	}

	boolean reminders() {
		return this.reminders;
	}

	boolean eventUpdates() {
		return this.eventUpdates;
	}

	boolean weeklyDigest() {
		return this.weeklyDigest;
	}

	@Nullable String language() {
		return this.language;
	}

	@Nullable String timeZone() {
		return this.timeZone;
	}

	ZoneId zone(ZoneId clubZone) {
		return (this.timeZone != null) ? ZoneId.of(this.timeZone) : clubZone;
	}

	@Nullable String quietFrom() {
		return this.quietFrom;
	}

	@Nullable String quietUntil() {
		return this.quietUntil;
	}

	@Nullable Integer calendarAlarm() {
		return this.calendarAlarm;
	}

	boolean hasCalendar() {
		return this.calendarTokenHash != null;
	}

	long version() {
		return (this.version != null) ? this.version : 0;
	}

}
