package io.hearth.club;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.hearth.files.FileView;
import io.hearth.platform.Versioned;
import org.jspecify.annotations.Nullable;

/** What the club's reads answer: the public one-language views and the staff's. */
final class ClubViews {

	private ClubViews() {
	}

	/**
	 * A venue in one language; {@code language} is the one its texts are actually in (the
	 * request's, or a fallback).
	 */
	record VenueView(UUID id, String slug, String language, String name, @Nullable String tagline,
			@Nullable String description, @Nullable String descriptionHtml, int capacity, String mood,
			ClubRequests.Colours colours, @Nullable String slurl, int sortOrder, @Nullable FileView heroImage,
			List<FileView> gallery) {
	}

	/** An artist in one language (their biography's). */
	record ArtistView(UUID id, String slug, String language, String name, @Nullable String avatarName,
			String performanceType, @Nullable String bio, @Nullable String bioHtml, boolean isFeatured,
			List<LinkView> links, @Nullable FileView profileImage) {
	}

	record LinkView(String url, @Nullable String label) {
	}

	/** A venue as staff edit it: every language at once. */
	record VenueDetail(UUID id, String slug, int capacity, String mood, ClubRequests.Colours colours,
			@Nullable String slurl, int sortOrder, boolean isActive, Map<String, Venue.Text> texts, Instant createdAt,
			Instant updatedAt, long version) implements Versioned {

		static VenueDetail of(Venue venue) {
			return new VenueDetail(venue.id(), venue.slug(), venue.capacity(), venue.mood().value(), venue.colours(),
					venue.slurl(), venue.sortOrder(), venue.active(), venue.texts(), venue.createdAt(),
					venue.updatedAt(), venue.version());
		}

	}

	/** An artist as staff edit them: every biography at once. */
	record ArtistDetail(UUID id, String slug, String name, @Nullable String avatarName, String performanceType,
			boolean isFeatured, boolean isActive, Map<String, String> bios, List<LinkView> links, Instant createdAt,
			Instant updatedAt, long version) implements Versioned {

		static ArtistDetail of(Artist artist) {
			return new ArtistDetail(artist.id(), artist.slug(), artist.name(), artist.avatarName(),
					artist.performanceType().value(), artist.featured(), artist.active(), artist.bios(),
					artist.links().stream().map((l) -> new LinkView(l.url(), l.label())).toList(), artist.createdAt(),
					artist.updatedAt(), artist.version());
		}

	}

	/**
	 * An event in one language: its instants in UTC, and the same moments in its own
	 * zone, in Second Life time and (with {@code ?tz=}) in the reader's.
	 */
	record EventView(UUID id, String slug, String language, String title, @Nullable String description,
			@Nullable String descriptionHtml, String type, String status, VenueRef venue, Instant startsAt,
			Instant endsAt, String timeZone, String startsAtLocal, String endsAtLocal, String startsAtSlt,
			String endsAtSlt, @Nullable String startsAtTz, @Nullable String endsAtTz, List<BilledArtist> artists,
			boolean isFeatured, int going, @Nullable FileView posterImage) {
	}

	record VenueRef(String slug, String name) {
	}

	record ArtistRef(String slug, String name) {
	}

	record BilledArtist(String slug, String name, @Nullable String setTime) {
	}

	/** A venue's now and next. */
	record NowAtVenue(VenueRef venue, List<EventView> live, @Nullable EventView next) {
	}

	/**
	 * An event as staff edit it: every language, the bill by artist id, its publication.
	 */
	record EventDetail(UUID id, String slug, String type, UUID venueId, Instant startsAt, Instant endsAt,
			String timeZone, boolean isFeatured, boolean unlisted, String publication, String status,
			Map<String, ClubEvent.Text> texts, List<ClubEvent.Billing> artists, @Nullable Instant publishAt,
			@Nullable UUID seriesId, boolean detached, Instant createdAt, Instant updatedAt,
			long version) implements Versioned {

		static EventDetail of(ClubEvent event, Instant now) {
			return new EventDetail(event.id(), event.slug(), event.type().value(), event.venueId(), event.startsAt(),
					event.endsAt(), event.timeZone().getId(), event.featured(), event.unlisted(),
					event.publication().value(), event.status(now), event.texts(), event.artists(), event.publishAt(),
					event.seriesId(), event.detached(), event.createdAt(), event.updatedAt(), event.version());
		}

	}

}
