package io.hearth.club;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.hearth.platform.ApiException;
import io.hearth.platform.Ids;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.BatchSize;
import org.jspecify.annotations.Nullable;

/**
 * A night at a venue: its texts in each language, the artists on its bill in order, and
 * its publication (draft, published, cancelled), whose moves it guards.
 */
@Entity
@Table(name = "club_events")
class ClubEvent {

	@Id
	private UUID id;

	private String slug;

	private String type;

	private UUID venueId;

	private Instant startsAt;

	private Instant endsAt;

	private String timeZone;

	@Column(name = "is_featured")
	private boolean featured;

	private String publication;

	private boolean unlisted;

	private @Nullable Instant publishAt;

	private @Nullable Instant publishedAt;

	private @Nullable UUID seriesId;

	private @Nullable String occurrence;

	private boolean detached;

	private Instant createdAt;

	private Instant updatedAt;

	/** Written by {@link ClubSearch} alone; read by its reindex. */
	@Column(insertable = false, updatable = false)
	private int searchVersion;

	@Version
	private @Nullable Long version;

	@ElementCollection(fetch = FetchType.EAGER)
	@BatchSize(size = 256)
	@CollectionTable(name = "club_event_texts", joinColumns = @JoinColumn(name = "event_id"))
	@MapKeyColumn(name = "language")
	private Map<String, Text> texts = new HashMap<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@BatchSize(size = 256)
	@CollectionTable(name = "club_event_artists", joinColumns = @JoinColumn(name = "event_id"))
	@OrderColumn(name = "position")
	private List<Billing> artists = new ArrayList<>();

	protected ClubEvent() {
		// for JPA
	}

	ClubEvent(String slug, ClubRequests.EventWrite request, ZoneId zone, Instant now) {
		this.id = Ids.newId();
		this.publication = Publication.DRAFT.value();
		this.createdAt = now;
		change(slug, request, zone, now);
	}

	final void change(String slug, ClubRequests.EventWrite request, ZoneId zone, Instant now) {
		this.slug = slug;
		this.type = request.type().value();
		this.venueId = request.venueId();
		this.startsAt = request.startsAt().toInstant();
		this.endsAt = request.endsAt().toInstant();
		this.timeZone = zone.getId();
		this.featured = request.featured();
		this.unlisted = request.isUnlisted();
		this.publishAt = (request.publishAt() != null) ? request.publishAt().toInstant() : null;
		this.texts.clear();
		request.texts()
			.forEach((language, text) -> this.texts.put(language, new Text(text.title().strip(),
					(text.description() == null || text.description().isBlank()) ? null : text.description().strip())));
		this.artists.clear();
		request.artists().forEach((billing) -> this.artists.add(new Billing(billing.artistId(), billing.setTime())));
		this.updatedAt = now;
	}

	/**
	 * An occurrence of a series, keyed by the local start its rule gave it.
	 */
	static ClubEvent occurrence(UUID series, String occurrence, String slug, ClubRequests.EventWrite request,
			ZoneId zone, Instant now) {
		ClubEvent event = new ClubEvent(slug, request, zone, now);
		event.seriesId = series;
		event.occurrence = occurrence;
		return event;
	}

	/** Edited alone: later changes to its series leave it as it is. */
	void detach() {
		if (this.seriesId != null) {
			this.detached = true;
		}
	}

	@Nullable UUID seriesId() {
		return this.seriesId;
	}

	@Nullable String occurrence() {
		return this.occurrence;
	}

	boolean detached() {
		return this.detached;
	}

	/** Draft to published; a cancelled event stays cancelled. */
	void publish(Instant now) {
		move(Publication.PUBLISHED, now, Publication.DRAFT);
		this.publishedAt = now;
	}

	/** When it was last published (what the Atom feed calls new). */
	@Nullable Instant publishedAt() {
		return this.publishedAt;
	}

	/** Published back to draft (out of the programme and the feeds). */
	void unpublish(Instant now) {
		move(Publication.DRAFT, now, Publication.PUBLISHED);
	}

	/** Cancelled for good; kept, so that feeds can tell calendars it is off. */
	void cancel(Instant now) {
		move(Publication.CANCELLED, now, Publication.DRAFT, Publication.PUBLISHED);
	}

	/** When a job publishes this draft, if staff set a time. */
	@Nullable Instant publishAt() {
		return this.publishAt;
	}

	private void move(Publication to, Instant now, Publication... from) {
		Publication current = publication();
		if (!List.of(from).contains(current)) {
			throw ApiException.conflict("PUBLICATION_CONFLICT",
					"A " + current.value() + " event cannot become " + to.value());
		}
		this.publication = to.value();
		this.publishAt = null;
		this.updatedAt = now;
	}

	/** What a reader sees, from the clock: cancelled, live, ended or scheduled. */
	String status(Instant now) {
		if (publication() == Publication.CANCELLED) {
			return "cancelled";
		}
		if (!now.isBefore(this.endsAt)) {
			return "ended";
		}
		return now.isBefore(this.startsAt) ? "scheduled" : "live";
	}

	UUID id() {
		return this.id;
	}

	String slug() {
		return this.slug;
	}

	ClubRequests.EventType type() {
		return ClubRequests.EventType.of(this.type);
	}

	UUID venueId() {
		return this.venueId;
	}

	Instant startsAt() {
		return this.startsAt;
	}

	Instant endsAt() {
		return this.endsAt;
	}

	ZoneId timeZone() {
		return ZoneId.of(this.timeZone);
	}

	boolean featured() {
		return this.featured;
	}

	boolean unlisted() {
		return this.unlisted;
	}

	Publication publication() {
		return Publication.of(this.publication);
	}

	Instant createdAt() {
		return this.createdAt;
	}

	Instant updatedAt() {
		return this.updatedAt;
	}

	long version() {
		return (this.version != null) ? this.version : 0;
	}

	Map<String, Text> texts() {
		return Map.copyOf(this.texts);
	}

	List<Billing> artists() {
		return List.copyOf(this.artists);
	}

	@Embeddable
	record Text(@Column(name = "title") String title, @Column(name = "description") @Nullable String description) {
	}

	/** An artist on the bill, with the local time of their set if it is known. */
	@Embeddable
	record Billing(@Column(name = "artist_id") UUID artistId, @Column(name = "set_time") @Nullable String setTime) {
	}

	enum Publication {

		DRAFT, PUBLISHED, CANCELLED;

		String value() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}

		static Publication of(String value) {
			return valueOf(value.toUpperCase(java.util.Locale.ROOT));
		}

	}

}
