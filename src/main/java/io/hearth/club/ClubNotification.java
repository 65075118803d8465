package io.hearth.club;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * One thing a member is told, at most once per member, kind and subject (the table's
 * unique key): pending until due, queued for delivery, then sent (by mail when the member
 * has a verified address, in the app always), failed after its last retry, or cancelled
 * (a reminder of an event that was cancelled).
 */
@Entity
@Table(name = "club_notifications")
class ClubNotification {

	@Id
	private UUID id;

	private UUID userId;

	private String kind;

	private String subject;

	private @Nullable UUID eventId;

	private Instant dueAt;

	private String status;

	private boolean mailed;

	private int attempts;

	private @Nullable String lastError;

	private @Nullable Instant readAt;

	private @Nullable Instant sentAt;

	private Instant createdAt;

	@Version
	private @Nullable Long version;

	protected ClubNotification() {
		// for JPA
	}

	UUID id() {
		return this.id;
	}

	UUID userId() {
		return this.userId;
	}

	Kind kind() {
		return Kind.of(this.kind);
	}

	String subject() {
		return this.subject;
	}

	@Nullable UUID eventId() {
		return this.eventId;
	}

	Instant dueAt() {
		return this.dueAt;
	}

	Status status() {
		return Status.of(this.status);
	}

	boolean mailed() {
		return this.mailed;
	}

	int attempts() {
		return this.attempts;
	}

	@Nullable String lastError() {
		return this.lastError;
	}

	@Nullable Instant readAt() {
		return this.readAt;
	}

	@Nullable Instant sentAt() {
		return this.sentAt;
	}

	Instant createdAt() {
		return this.createdAt;
	}

	void read(Instant now) {
		if (this.readAt == null) {
			this.readAt = now;
		}
	}

	void sent(boolean mailed, Instant now) {
		this.status = Status.SENT.value();
		this.mailed = mailed;
		this.sentAt = now;
		this.attempts++;
		this.lastError = null;
	}

	void failed(String error) {
		this.status = Status.FAILED.value();
		this.attempts++;
		this.lastError = (error.length() > 500) ? error.substring(0, 500) : error;
	}

	/** No longer worth saying (its event went back to draft, or has begun). */
	void cancel() {
		this.status = Status.CANCELLED.value();
	}

	/** A failed one queued again by staff. */
	void retry(Instant now) {
		if (status() != Status.FAILED) {
			throw io.hearth.platform.ApiException.conflict("NOT_FAILED",
					"Only a failed notification can be retried; this one is " + this.status);
		}
		this.status = Status.PENDING.value();
		this.dueAt = now;
	}

	enum Kind {

		NEW_EVENT, REMINDER, EVENT_CHANGED, EVENT_CANCELLED, WEEKLY_DIGEST;

		String value() {
			return name().toLowerCase(Locale.ROOT);
		}

		static Kind of(String value) {
			return valueOf(value.toUpperCase(Locale.ROOT));
		}

	}

	enum Status {

		PENDING, QUEUED, SENT, FAILED, CANCELLED;

		String value() {
			return name().toLowerCase(Locale.ROOT);
		}

		static Status of(String value) {
			return valueOf(value.toUpperCase(Locale.ROOT));
		}

	}

}
