package io.hearth.club;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;

import io.hearth.platform.ApiException;
import io.hearth.platform.Envelope;
import io.hearth.platform.PageQuery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.CacheControl;
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
@Tag(name = "Club", description = "The Dreamer's Cave: venues and artists, in the club's languages")
class ClubController {

	private static final String LANG = "One of the club's languages (HEARTH_CLUB_LANGUAGES); without it, the best match of Accept-Language, else the default";

	private final ClubReads reads;

	private final ClubLanguages languages;

	ClubController(ClubReads reads, ClubLanguages languages) {
		this.reads = reads;
		this.languages = languages;
	}

	@GetMapping("/api/v1/club/venues")
	@Operation(summary = "Active venues, by sort order then name, in one language")
	ResponseEntity<Envelope<List<ClubViews.VenueView>>> venues(
			@Parameter(description = LANG) @RequestParam(required = false) @Nullable String lang,
			@RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) @Nullable String accept,
			WebRequest request) {
		String language = language(lang, accept);
		List<ClubViews.VenueView> venues = this.reads.venues(language);
		return cacheable(request, language, Envelope.of(venues));
	}

	@GetMapping("/api/v1/club/venues/{slug}")
	@Operation(summary = "An active venue by its slug, in one language (404 for an inactive one)")
	ResponseEntity<Envelope<ClubViews.VenueView>> venue(@PathVariable String slug,
			@Parameter(description = LANG) @RequestParam(required = false) @Nullable String lang,
			@RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) @Nullable String accept,
			WebRequest request) {
		String language = language(lang, accept);
		ClubViews.VenueView venue = this.reads.venue(slug, language);
		return cacheable(request, language, Envelope.of(venue));
	}

	@GetMapping("/api/v1/club/artists")
	@Operation(summary = "Active artists by name, in one language")
	ResponseEntity<Envelope<List<ClubViews.ArtistView>>> artists(PageQuery paging,
			@Parameter(description = "Only this kind of act",
					schema = @Schema(allowableValues = { "live_singer", "dj", "tribute", "other" })) @RequestParam(
							name = "performance_type", required = false) @Nullable String type,
			@Parameter(description = "Only featured (true) or only other (false) artists") @RequestParam(
					required = false) @Nullable Boolean featured,
			@Parameter(description = LANG) @RequestParam(required = false) @Nullable String lang,
			@RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) @Nullable String accept,
			WebRequest request) {
		String language = language(lang, accept);
		ClubRequests.PerformanceType performance = null;
		if (type != null && !type.isBlank()) {
			try {
				performance = ClubRequests.PerformanceType.of(type.strip());
			}
			catch (IllegalArgumentException ex) {
				throw ApiException.invalid("performance_type", "must be one of live_singer, dj, tribute, other");
			}
		}
		var page = this.reads.artists(performance, featured, paging, language);
		return cacheable(request, language, Envelope.page(page));
	}

	@GetMapping("/api/v1/club/artists/{slug}")
	@Operation(summary = "An active artist by their slug, in one language")
	ResponseEntity<Envelope<ClubViews.ArtistView>> artist(@PathVariable String slug,
			@Parameter(description = LANG) @RequestParam(required = false) @Nullable String lang,
			@RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) @Nullable String accept,
			WebRequest request) {
		String language = language(lang, accept);
		ClubViews.ArtistView artist = this.reads.artist(slug, language);
		return cacheable(request, language, Envelope.of(artist));
	}

	private String language(@Nullable String lang, @Nullable String accept) {
		if (lang != null && !this.languages.known(lang)) {
			throw ApiException.invalid("lang", "must be one of " + String.join(", ", this.languages.all()));
		}
		return this.languages.resolve(lang, accept);
	}

	/**
	 * The answer with its language and caching headers. Its {@code ETag} is a digest of
	 * what it says in this language; Spring answers {@code 304} to an
	 * {@code If-None-Match} that names it.
	 */
	private static <T> ResponseEntity<T> cacheable(WebRequest request, String language, T body) {
		String etag = "\"" + digest(language + "|" + body) + "\"";
		boolean anonymous = request.getHeader(HttpHeaders.AUTHORIZATION) == null;
		CacheControl cache = anonymous ? CacheControl.maxAge(Duration.ofSeconds(60)).cachePublic()
				: CacheControl.noCache().cachePrivate();
		return ResponseEntity.ok()
			.eTag(etag)
			.cacheControl(cache)
			.header(HttpHeaders.CONTENT_LANGUAGE, language)
			.header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
			.body(body);
	}

	private static String digest(String content) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash, 0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

}
