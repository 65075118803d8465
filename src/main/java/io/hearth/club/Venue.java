package io.hearth.club;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.BatchSize;
import org.jspecify.annotations.Nullable;

/** A room of the club, with its texts in each language it has them. */
@Entity
@Table(name = "club_venues")
class Venue {

	@Id
	private UUID id;

	private String slug;

	private int capacity;

	private String mood;

	private @Nullable String colourPrimary;

	private @Nullable String colourSecondary;

	private @Nullable String colourAccent;

	private @Nullable String colourDark;

	private @Nullable String slurl;

	private int sortOrder;

	@Column(name = "is_active")
	private boolean active;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private @Nullable Long version;

	@ElementCollection(fetch = FetchType.EAGER)
	@BatchSize(size = 256)
	@CollectionTable(name = "club_venue_texts", joinColumns = @JoinColumn(name = "venue_id"))
	@MapKeyColumn(name = "language")
	private Map<String, Text> texts = new HashMap<>();

	protected Venue() {
		// for JPA
	}

	Venue(ClubRequests.VenueWrite request, Instant now) {
		this.id = Ids.newId();
		this.createdAt = now;
		change(request, now);
	}

	final void change(ClubRequests.VenueWrite request, Instant now) {
		this.slug = request.slug();
		this.capacity = request.capacity();
		this.mood = request.mood().value();
		this.colourPrimary = request.colours().primary();
		this.colourSecondary = request.colours().secondary();
		this.colourAccent = request.colours().accent();
		this.colourDark = request.colours().dark();
		this.slurl = request.slurl();
		this.sortOrder = request.order();
		this.active = request.active();
		// the aggregate's texts are replaced as a whole: a language left out is removed
		this.texts.clear();
		request.texts()
			.forEach((language, text) -> this.texts.put(language,
					new Text(text.name().strip(), blankToNull(text.tagline()), blankToNull(text.description()))));
		this.updatedAt = now;
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	UUID id() {
		return this.id;
	}

	String slug() {
		return this.slug;
	}

	int capacity() {
		return this.capacity;
	}

	ClubRequests.Mood mood() {
		return ClubRequests.Mood.of(this.mood);
	}

	ClubRequests.Colours colours() {
		return new ClubRequests.Colours(this.colourPrimary, this.colourSecondary, this.colourAccent, this.colourDark);
	}

	@Nullable String slurl() {
		return this.slurl;
	}

	int sortOrder() {
		return this.sortOrder;
	}

	boolean active() {
		return this.active;
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

	/** A venue's text in one language. */
	@Embeddable
	record Text(@Column(name = "name") String name, @Column(name = "tagline") @Nullable String tagline,
			@Column(name = "description") @Nullable String description) {
	}

}
