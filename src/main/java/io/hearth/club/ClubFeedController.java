package io.hearth.club;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * The club's feeds: iCalendar for calendar apps to subscribe to (no token needed), and
 * the board that Second Life objects read.
 */
@RestController
@Tag(name = "Club", description = "The Dreamer's Cave: venues, artists and the programme, in the club's languages")
class ClubFeedController {

	static final MediaType CALENDAR = new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);

	private static final String LANG = "One of the club's languages; without it, the best match of Accept-Language";

	private final ClubFeeds feeds;

	private final SecondLifeBoard board;

	private final ClubLanguages languages;

	private final ClubAtomFeed atom;

	private final ClubAnswers answers;

	ClubFeedController(ClubFeeds feeds, SecondLifeBoard board, ClubLanguages languages, ClubAtomFeed atom,
			ClubAnswers answers) {
		this.answers = answers;
		this.atom = atom;
		this.feeds = feeds;
		this.board = board;
		this.languages = languages;
	}

	@GetMapping(path = "/api/v1/club/sl/board", produces = { "text/plain", "application/json" })
	@Operation(summary = "A venue's now and next for a Second Life board, always within 2,048 bytes",
			description = "Plain text, one line per event (the venue first), or with format=json the envelope around "
					+ "venue and lines; titles are cut, then the furthest events dropped, until it fits.")
	ResponseEntity<byte[]> board(@Parameter(description = "The venue's slug") @RequestParam String venue,
			@Parameter(description = "text (default) or json",
					schema = @io.swagger.v3.oas.annotations.media.Schema(
							allowableValues = { "text", "json" })) @RequestParam(defaultValue = "text") String format,
			@Parameter(description = LANG) @RequestParam(required = false) @Nullable String lang,
			@RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) @Nullable String accept) {
		String language = this.languages.forRequest(lang, accept);
		boolean json = switch (format) {
			case "text" -> false;
			case "json" -> true;
			default -> throw io.hearth.platform.ApiException.invalid("format", "must be text or json");
		};
		byte[] body = json ? this.board.json(venue, language)
				: this.board.text(venue, language).getBytes(java.nio.charset.StandardCharsets.UTF_8);
		return ResponseEntity.ok()
			.contentType(json ? MediaType.APPLICATION_JSON
					: new MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8))
			.cacheControl(org.springframework.http.CacheControl.maxAge(java.time.Duration.ofSeconds(60)).cachePublic())
			.header(HttpHeaders.CONTENT_LANGUAGE, language)
			.body(body);
	}

	@GetMapping(path = "/api/v1/club/feed.atom", produces = "application/atom+xml")
	@Operation(summary = "The 50 events published most recently, as an Atom feed in one language")
	ResponseEntity<String> atom(@Parameter(description = LANG) @RequestParam(required = false) @Nullable String lang,
			@RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) @Nullable String accept,
			WebRequest request) {
		String language = this.languages.forRequest(lang, accept);
		return this.answers.text(request, language,
				new MediaType("application", "atom+xml", java.nio.charset.StandardCharsets.UTF_8),
				() -> this.atom.feed(language));
	}

	@GetMapping(path = "/api/v1/club/calendar.ics", produces = "text/calendar")
	@Operation(summary = "The whole programme as iCalendar (the last 30 days and the next year; cancelled events kept)")
	ResponseEntity<String> programme(
			@Parameter(description = LANG) @RequestParam(required = false) @Nullable String lang,
			@RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) @Nullable String accept,
			WebRequest request) {
		String language = this.languages.forRequest(lang, accept);
		return this.answers.text(request, language, CALENDAR, () -> this.feeds.programme(language));
	}

	@GetMapping(path = "/api/v1/club/venues/{slug}/calendar.ics", produces = "text/calendar")
	@Operation(summary = "A venue's events as iCalendar")
	ResponseEntity<String> venue(@PathVariable String slug,
			@Parameter(description = LANG) @RequestParam(required = false) @Nullable String lang,
			@RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) @Nullable String accept,
			WebRequest request) {
		String language = this.languages.forRequest(lang, accept);
		return this.answers.text(request, language, CALENDAR, () -> this.feeds.venue(slug, language));
	}

	@GetMapping(path = "/api/v1/club/artists/{slug}/calendar.ics", produces = "text/calendar")
	@Operation(summary = "An artist's events as iCalendar")
	ResponseEntity<String> artist(@PathVariable String slug,
			@Parameter(description = LANG) @RequestParam(required = false) @Nullable String lang,
			@RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) @Nullable String accept,
			WebRequest request) {
		String language = this.languages.forRequest(lang, accept);
		return this.answers.text(request, language, CALENDAR, () -> this.feeds.artist(slug, language));
	}

}
