package io.hearth.club;

import java.time.ZoneId;
import java.util.List;

import io.hearth.platform.ApiException;
import io.hearth.platform.Envelope;
import io.hearth.platform.PageQuery;
import io.hearth.platform.SearchQuery;
import io.hearth.platform.SearchTokens;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * The club's public reads, open to anyone: in the request's language ({@code ?lang=},
 * else {@code Accept-Language}), said in {@code Content-Language}; cacheable by anyone
 * when anonymous, with an {@code ETag} of the content and language and a {@code 304} when
 * the reader has it.
 */
@RestController
@Tag(name = "Club", description = "The Dreamer's Cave: venues, artists and the programme, in the club's languages")
class ClubController {

	private static final String TZ = "An IANA time zone: the times also given in it (starts_at_tz, ends_at_tz)";

	private static final String LANG = "One of the club's languages (HEARTH_CLUB_LANGUAGES); without it, the best match of Accept-Language, else the default";

	private static final String Q = "Word-prefix search in the request's language: every word must start a word of the title or description (\"soul sat\" finds \"Saturday Soul\"; \"urday\" does not). Accents and case do not matter; one-letter words are ignored; at most 8 words (422). A search that finds nothing lists up to 3 words one edit away in meta.suggestions.";

	private final ClubReads reads;

	private final Programme programme;

	private final ClubLanguages languages;

	private final ClubAnswers answers;

	ClubController(ClubReads reads, Programme programme, ClubLanguages languages, ClubAnswers answers) {
		this.answers = answers;
		this.reads = reads;
		this.programme = programme;
		this.languages = languages;
	}

	@GetMapping("/api/v1/club/events")
	@Operation(summary = "The programme: published events by start, keyset pages",
			description = "Events that have not ended by `from` (default now) and start before `to`; "
					+ "pass `cursor` (empty for the first page) or leave it out, the answer's `next_cursor` goes on.")
	ResponseEntity<Envelope<List<ClubViews.EventView>>> events(PageQuery paging,
			@Parameter(description = "ISO instant, e.g. 2026-12-24T00:00:00Z; default now") @RequestParam(
					required = false) @Nullable String from,
			@Parameter(description = "ISO instant: only events starting before it") @RequestParam(
					required = false) @Nullable String to,
			@Parameter(description = "A venue's slug") @RequestParam(required = false) @Nullable String venue,
			@Parameter(description = "An artist's slug") @RequestParam(required = false) @Nullable String artist,
			@Parameter(description = "Only this kind of event",
					schema = @Schema(allowableValues = { "live_singer", "tribute_concert", "dj_set", "special",
							"other" })) @RequestParam(required = false) @Nullable String type,
			@Parameter(description = "Only featured (true) or other (false) events") @RequestParam(
					required = false) @Nullable Boolean featured,
			@Parameter(description = Q) @RequestParam(required = false) @Nullable String q,
			@Parameter(description = TZ) @RequestParam(required = false) @Nullable String tz,
			@Parameter(description = LANG) @RequestParam(required = false) @Nullable String lang,
			@RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) @Nullable String accept,
			WebRequest request) {
		String language = this.languages.forRequest(lang, accept);
		Programme.Filters filters = new Programme.Filters(instant("from", from), instant("to", to), blank(venue),
				blank(artist), eventType(type), featured, SearchTokens.query(q).orElse(null));
		ZoneId reader = zone(tz);
		return this.answers.json(request, language,
				() -> Envelope.cursor(this.programme.events(filters, paging, language, reader)));
	}

	@GetMapping("/api/v1/club/events/{slug}")
	@Operation(summary = "An event by its link (published, cancelled or unlisted; never a draft)")
	ResponseEntity<Envelope<ClubViews.EventView>> event(@PathVariable String slug,
			@Parameter(description = TZ) @RequestParam(required = false) @Nullable String tz,
			@Parameter(description = LANG) @RequestParam(required = false) @Nullable String lang,
			@RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) @Nullable String accept,
			WebRequest request) {
		String language = this.languages.forRequest(lang, accept);
		ZoneId reader = zone(tz);
		return this.answers.json(request, language, () -> Envelope.of(this.programme.event(slug, language, reader)));
	}

	@GetMapping("/api/v1/club/now")
	@Operation(summary = "At each active venue: what is live now and what starts next")
	ResponseEntity<Envelope<List<ClubViews.NowAtVenue>>> now(
			@Parameter(description = TZ) @RequestParam(required = false) @Nullable String tz,
			@Parameter(description = LANG) @RequestParam(required = false) @Nullable String lang,
			@RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) @Nullable String accept,
			WebRequest request) {
		String language = this.languages.forRequest(lang, accept);
		ZoneId reader = zone(tz);
		return this.answers.json(request, language, () -> Envelope.of(this.programme.now(language, reader)));
	}

	private static @Nullable String blank(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	private static java.time.@Nullable Instant instant(String name, @Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			java.time.Instant instant = java.time.OffsetDateTime.parse(value.strip()).toInstant();
			if (!io.hearth.platform.InputBounds.fits(instant)) {
				throw ApiException.invalid(name, "is out of range");
			}
			return instant;
		}
		catch (java.time.format.DateTimeParseException ex) {
			throw ApiException.invalid(name, "must be an ISO date-time with an offset, e.g. 2026-12-24T21:00:00Z");
		}
	}

	private static ClubRequests.@Nullable EventType eventType(@Nullable String type) {
		if (type == null || type.isBlank()) {
			return null;
		}
		try {
			return ClubRequests.EventType.of(type.strip());
		}
		catch (IllegalArgumentException ex) {
			throw ApiException.invalid("type", "must be one of live_singer, tribute_concert, dj_set, special, other");
		}
	}

	private static java.time.@Nullable ZoneId zone(@Nullable String tz) {
		if (tz == null || tz.isBlank()) {
			return null;
		}
		try {
			return java.time.ZoneId.of(tz.strip());
		}
		catch (java.time.DateTimeException ex) {
			throw ApiException.invalid("tz", "is not an IANA time zone, e.g. Europe/Rome");
		}
	}

	@GetMapping("/api/v1/club/venues")
	@Operation(summary = "Active venues, by sort order then name, in one language")
	ResponseEntity<Envelope<List<ClubViews.VenueView>>> venues(
			@Parameter(description = LANG) @RequestParam(required = false) @Nullable String lang,
			@RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) @Nullable String accept,
			WebRequest request) {
		String language = this.languages.forRequest(lang, accept);
		return this.answers.json(request, language, () -> Envelope.of(this.reads.venues(language)));
	}

	@GetMapping("/api/v1/club/venues/{slug}")
	@Operation(summary = "An active venue by its slug, in one language (404 for an inactive one)")
	ResponseEntity<Envelope<ClubViews.VenueView>> venue(@PathVariable String slug,
			@Parameter(description = LANG) @RequestParam(required = false) @Nullable String lang,
			@RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) @Nullable String accept,
			WebRequest request) {
		String language = this.languages.forRequest(lang, accept);
		return this.answers.json(request, language, () -> Envelope.of(this.reads.venue(slug, language)));
	}

	@GetMapping("/api/v1/club/artists")
	@Operation(summary = "Active artists by name, in one language")
	ResponseEntity<Envelope<List<ClubViews.ArtistView>>> artists(PageQuery paging,
			@Parameter(description = "Only this kind of act",
					schema = @Schema(allowableValues = { "live_singer", "dj", "tribute", "other" })) @RequestParam(
							name = "performance_type", required = false) @Nullable String type,
			@Parameter(description = "Only featured (true) or only other (false) artists") @RequestParam(
					required = false) @Nullable Boolean featured,
			@Parameter(
					description = "Word-prefix search of the name, Second Life name and biography in the request's language, as q of the programme") @RequestParam(
							required = false) @Nullable String q,
			@Parameter(description = LANG) @RequestParam(required = false) @Nullable String lang,
			@RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) @Nullable String accept,
			WebRequest request) {
		String language = this.languages.forRequest(lang, accept);
		ClubRequests.PerformanceType performance = null;
		if (type != null && !type.isBlank()) {
			try {
				performance = ClubRequests.PerformanceType.of(type.strip());
			}
			catch (IllegalArgumentException ex) {
				throw ApiException.invalid("performance_type", "must be one of live_singer, dj, tribute, other");
			}
		}
		ClubRequests.PerformanceType kind = performance;
		SearchQuery search = SearchTokens.query(q).orElse(null);
		return this.answers.json(request, language,
				() -> Envelope.page(this.reads.artists(kind, featured, search, paging, language)));
	}

	@GetMapping("/api/v1/club/artists/{slug}")
	@Operation(summary = "An active artist by their slug, in one language")
	ResponseEntity<Envelope<ClubViews.ArtistView>> artist(@PathVariable String slug,
			@Parameter(description = LANG) @RequestParam(required = false) @Nullable String lang,
			@RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) @Nullable String accept,
			WebRequest request) {
		String language = this.languages.forRequest(lang, accept);
		return this.answers.json(request, language, () -> Envelope.of(this.reads.artist(slug, language)));
	}

}
