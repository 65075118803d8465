package io.hearth.club;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
			ClubRequests.Colours colours, @Nullable String slurl, int sortOrder) {
	}

	/** An artist in one language (their biography's). */
	record ArtistView(UUID id, String slug, String language, String name, @Nullable String avatarName,
			String performanceType, @Nullable String bio, @Nullable String bioHtml, boolean isFeatured,
			List<LinkView> links) {
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

}
