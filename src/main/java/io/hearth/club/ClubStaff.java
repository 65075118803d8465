package io.hearth.club;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

import io.hearth.identity.Caller;
import io.hearth.platform.ApiException;
import io.hearth.platform.IfMatch;
import io.hearth.platform.PageQuery;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What staff do to the club's venues and artists, all languages at once. Staff or admin
 * only (checked here, not only by URL); every change goes to the audit trail in its
 * transaction.
 */
@Service
class ClubStaff {

	private final Venues venues;

	private final Artists artists;

	private final ClubEvents events;

	private final ClubLanguages languages;

	private final ClubAudit audit;

	private final Clock clock;

	private final MemberLinks links;

	private final ClubSearch search;

	private final ClubImages images;

	ClubStaff(Venues venues, Artists artists, ClubEvents events, ClubLanguages languages, ClubAudit audit,
			MemberLinks links, ClubSearch search, ClubImages images, Clock clock) {
		this.images = images;
		this.search = search;
		this.links = links;
		this.venues = venues;
		this.artists = artists;
		this.events = events;
		this.languages = languages;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	Page<ClubViews.VenueDetail> venues(Caller caller, PageQuery paging) {
		ClubAudit.requireStaff(caller);
		return this.venues.findAll(paging.toPageable(Sort.by("sortOrder", "slug"))).map(ClubViews.VenueDetail::of);
	}

	@Transactional(readOnly = true)
	ClubViews.VenueDetail venue(Caller caller, UUID id) {
		ClubAudit.requireStaff(caller);
		return ClubViews.VenueDetail.of(findVenue(id));
	}

	@Transactional
	ClubViews.VenueDetail createVenue(Caller caller, ClubRequests.VenueWrite request) {
		ClubAudit.requireStaff(caller);
		checkTexts("texts", request.texts().keySet(), true);
		if (this.venues.existsBySlug(request.slug())) {
			throw ApiException.conflict("SLUG_TAKEN", "Another venue has the slug " + request.slug());
		}
		Venue venue = this.venues.saveAndFlush(new Venue(request, now()));
		this.audit.changed("club_venue", venue.id(), "created", caller, Map.of(), snapshot(venue));
		return ClubViews.VenueDetail.of(venue);
	}

	@Transactional
	ClubViews.VenueDetail updateVenue(Caller caller, UUID id, ClubRequests.VenueWrite request, IfMatch ifMatch) {
		ClubAudit.requireStaff(caller);
		Venue venue = findVenue(id);
		ifMatch.require(venue.version());
		checkTexts("texts", request.texts().keySet(), true);
		if (this.venues.existsBySlugAndIdNot(request.slug(), id)) {
			throw ApiException.conflict("SLUG_TAKEN", "Another venue has the slug " + request.slug());
		}
		Map<String, @Nullable String> before = snapshot(venue);
		venue.change(request, now());
		venue = this.venues.saveAndFlush(venue);
		this.audit.changed("club_venue", id, "updated", caller, before, snapshot(venue));
		return ClubViews.VenueDetail.of(venue);
	}

	@Transactional
	void deleteVenue(Caller caller, UUID id, IfMatch ifMatch) {
		ClubAudit.requireStaff(caller);
		Venue venue = findVenue(id);
		ifMatch.require(venue.version());
		if (this.events.existsByVenueId(id)) {
			throw ApiException.conflict("VENUE_HAS_EVENTS",
					"The venue has events; move or delete them first, or make the venue inactive");
		}
		this.audit.changed("club_venue", id, "deleted", caller, snapshot(venue), Map.of());
		this.venues.delete(venue);
		this.images.removeAll(id);
		this.links.forget(MemberLinks.Target.VENUE, id);
	}

	@Transactional(readOnly = true)
	Page<ClubViews.ArtistDetail> artists(Caller caller, PageQuery paging) {
		ClubAudit.requireStaff(caller);
		return this.artists.findAll(paging.toPageable(Sort.by("name", "id"))).map(ClubViews.ArtistDetail::of);
	}

	@Transactional(readOnly = true)
	ClubViews.ArtistDetail artist(Caller caller, UUID id) {
		ClubAudit.requireStaff(caller);
		return ClubViews.ArtistDetail.of(findArtist(id));
	}

	@Transactional
	ClubViews.ArtistDetail createArtist(Caller caller, ClubRequests.ArtistWrite request) {
		ClubAudit.requireStaff(caller);
		checkTexts("bios", request.bios().keySet(), false);
		if (this.artists.existsBySlug(request.slug())) {
			throw ApiException.conflict("SLUG_TAKEN", "Another artist has the slug " + request.slug());
		}
		Artist artist = this.artists.saveAndFlush(new Artist(request, now()));
		this.search.indexed(artist);
		this.audit.changed("club_artist", artist.id(), "created", caller, Map.of(), snapshot(artist));
		return ClubViews.ArtistDetail.of(artist);
	}

	@Transactional
	ClubViews.ArtistDetail updateArtist(Caller caller, UUID id, ClubRequests.ArtistWrite request, IfMatch ifMatch) {
		ClubAudit.requireStaff(caller);
		Artist artist = findArtist(id);
		ifMatch.require(artist.version());
		checkTexts("bios", request.bios().keySet(), false);
		if (this.artists.existsBySlugAndIdNot(request.slug(), id)) {
			throw ApiException.conflict("SLUG_TAKEN", "Another artist has the slug " + request.slug());
		}
		Map<String, @Nullable String> before = snapshot(artist);
		artist.change(request, now());
		artist = this.artists.saveAndFlush(artist);
		this.search.indexed(artist);
		this.audit.changed("club_artist", id, "updated", caller, before, snapshot(artist));
		return ClubViews.ArtistDetail.of(artist);
	}

	@Transactional
	void deleteArtist(Caller caller, UUID id, IfMatch ifMatch) {
		ClubAudit.requireStaff(caller);
		Artist artist = findArtist(id);
		ifMatch.require(artist.version());
		if (this.events.existsByArtistsArtistId(id)) {
			throw ApiException.conflict("ARTIST_BILLED",
					"The artist is on the bill of events; take them off first, or make the artist inactive");
		}
		this.audit.changed("club_artist", id, "deleted", caller, snapshot(artist), Map.of());
		this.search.removed(id);
		this.artists.delete(artist);
		this.images.removeAll(id);
		this.links.forget(MemberLinks.Target.ARTIST, id);
	}

	/**
	 * Texts only in the club's languages; a venue's name at least in the default one (the
	 * fallback of every reader).
	 */
	private void checkTexts(String field, java.util.Set<String> given, boolean defaultRequired) {
		Map<String, java.util.List<String>> errors = new LinkedHashMap<>();
		for (String language : new TreeSet<>(given)) {
			if (!this.languages.known(language)) {
				errors.put(field + "." + language, java.util.List
					.of("is not one of the club's languages " + String.join(", ", this.languages.all())));
			}
		}
		String first = this.languages.all().getFirst();
		if (defaultRequired && !given.contains(first)) {
			errors.put(field + "." + first, java.util.List.of("is required: the default language's text"));
		}
		if (!errors.isEmpty()) {
			throw ApiException.invalid(errors);
		}
	}

	private Venue findVenue(UUID id) {
		return this.venues.findById(id).orElseThrow(() -> ApiException.notFound("Venue"));
	}

	private Artist findArtist(UUID id) {
		return this.artists.findById(id).orElseThrow(() -> ApiException.notFound("Artist"));
	}

	private static Map<String, @Nullable String> snapshot(Venue venue) {
		Map<String, @Nullable String> fields = new LinkedHashMap<>();
		fields.put("slug", venue.slug());
		fields.put("capacity", String.valueOf(venue.capacity()));
		fields.put("mood", venue.mood().value());
		fields.put("slurl", venue.slurl());
		fields.put("sort_order", String.valueOf(venue.sortOrder()));
		fields.put("is_active", String.valueOf(venue.active()));
		ClubRequests.Colours colours = venue.colours();
		fields.put("colours", String.join(",", String.valueOf(colours.primary()), String.valueOf(colours.secondary()),
				String.valueOf(colours.accent()), String.valueOf(colours.dark())));
		venue.texts().forEach((language, text) -> {
			fields.put("texts." + language + ".name", text.name());
			fields.put("texts." + language + ".tagline", text.tagline());
			fields.put("texts." + language + ".description", text.description());
		});
		return fields;
	}

	private static Map<String, @Nullable String> snapshot(Artist artist) {
		Map<String, @Nullable String> fields = new LinkedHashMap<>();
		fields.put("slug", artist.slug());
		fields.put("name", artist.name());
		fields.put("avatar_name", artist.avatarName());
		fields.put("performance_type", artist.performanceType().value());
		fields.put("is_featured", String.valueOf(artist.featured()));
		fields.put("is_active", String.valueOf(artist.active()));
		artist.bios().forEach((language, bio) -> fields.put("bios." + language, bio));
		fields.put("links", String.join(" ", artist.links().stream().map(Artist.Link::url).toList()));
		return fields;
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

}
