package io.hearth.club;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

import io.hearth.platform.Ids;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * A residency: the rule that repeats a night (RFC 5545, in the series' zone), the night
 * it repeats (kept as the staff's request, a template for every occurrence), and its
 * publication, which its occurrences follow unless edited alone.
 */
@Entity
@Table(name = "club_series")
class ClubSeries {

	@Id
	private UUID id;

	private String slug;

	private String rrule;

	private String timeZone;

	private Instant firstStart;

	private int durationMinutes;

	private String template;

	private String publication;

	private @Nullable Instant materialisedUntil;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private @Nullable Long version;

	protected ClubSeries() {
		// for JPA
	}

	ClubSeries(String slug, Instant now) {
		this.id = Ids.newId();
		this.slug = slug;
		this.publication = ClubEvent.Publication.DRAFT.value();
		this.createdAt = now;
	}

	void change(String slug, String rrule, ZoneId zone, Instant firstStart, Duration duration, String template,
			Instant now) {
		this.slug = slug;
		this.rrule = rrule;
		this.timeZone = zone.getId();
		this.firstStart = firstStart;
		this.durationMinutes = (int) duration.toMinutes();
		this.template = template;
		this.updatedAt = now;
	}

	void publication(ClubEvent.Publication publication, Instant now) {
		ClubEvent.Publication current = publication();
		if (current == ClubEvent.Publication.CANCELLED || current == publication) {
			throw io.hearth.platform.ApiException.conflict("PUBLICATION_CONFLICT",
					"A " + current.value() + " series cannot become " + publication.value());
		}
		this.publication = publication.value();
		this.updatedAt = now;
	}

	void materialisedUntil(Instant until) {
		this.materialisedUntil = until;
	}

	UUID id() {
		return this.id;
	}

	String slug() {
		return this.slug;
	}

	String rrule() {
		return this.rrule;
	}

	ZoneId timeZone() {
		return ZoneId.of(this.timeZone);
	}

	Instant firstStart() {
		return this.firstStart;
	}

	Duration duration() {
		return Duration.ofMinutes(this.durationMinutes);
	}

	String template() {
		return this.template;
	}

	ClubEvent.Publication publication() {
		return ClubEvent.Publication.of(this.publication);
	}

	@Nullable Instant materialisedUntil() {
		return this.materialisedUntil;
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

}
