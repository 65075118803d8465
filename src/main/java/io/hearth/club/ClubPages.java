package io.hearth.club;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.hearth.identity.Caller;
import io.hearth.platform.ApiException;
import io.hearth.platform.CursorPage;
import io.hearth.platform.PageController;
import io.hearth.platform.PageQuery;
import io.hearth.platform.SearchTokens;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The club's public site: home with what is live and next, venues themed by their own
 * colours and mood, a venue's programme, the events list with search and a week view, an
 * event in three time zones with "add to calendar", artists. In the page's language (the
 * switcher's {@code ?lang=}, else {@code Accept-Language}), each text falling back as the
 * API's does, with {@code hreflang} alternates for the other languages. Kept in the
 * module's package (not a {@code web} sub-package) so that no service or view of the club
 * has to become public for it.
 */
@PageController
@RequestMapping("/club")
class ClubPages {

	private final Programme programme;

	private final ClubReads reads;

	private final ClubLanguages languages;

	private final ClubFeeds feeds;

	private final Membership membership;

	private final ClubProperties properties;

	private final ClubPageFrame frame;

	private final ClubAnswers answers;

	ClubPages(Programme programme, ClubReads reads, ClubLanguages languages, ClubFeeds feeds, Membership membership,
			ClubProperties properties, ClubPageFrame frame, ClubAnswers answers) {
		this.frame = frame;
		this.answers = answers;
		this.programme = programme;
		this.reads = reads;
		this.languages = languages;
		this.feeds = feeds;
		this.membership = membership;
		this.properties = properties;
	}

	@GetMapping
	String home(Locale locale, HttpServletRequest request, Model model) {
		@Nullable Caller caller = Caller.currentIfAny().orElse(null);
		String language = this.frame.common(caller, locale, request, model);
		model.addAttribute("now", this.programme.now(language, this.frame.reader(caller, null)));
		model.addAttribute("upcoming",
				this.programme
					.events(filters(null, null, null, null), new PageQuery(1, 8, null), language,
							this.frame.reader(caller, null))
					.items());
		return "club/home";
	}

	@GetMapping("/venues")
	String venues(Locale locale, HttpServletRequest request, Model model) {
		@Nullable Caller caller = Caller.currentIfAny().orElse(null);
		String language = this.frame.common(caller, locale, request, model);
		model.addAttribute("venues", this.reads.venues(language));
		return "club/venues";
	}

	@GetMapping("/venues/{slug}")
	String venue(@PathVariable String slug, Locale locale, HttpServletRequest request, Model model) {
		@Nullable Caller caller = Caller.currentIfAny().orElse(null);
		String language = this.frame.common(caller, locale, request, model);
		ClubViews.VenueView venue = this.reads.venue(slug, language);
		model.addAttribute("venue", venue);
		model.addAttribute("events",
				this.programme
					.events(filters(null, slug, null, null), new PageQuery(1, 20, null), language,
							this.frame.reader(caller, null))
					.items());
		model.addAttribute("favourite", caller != null && this.membership.isFavourite(caller, "venue", slug));
		return "club/venue";
	}

	@GetMapping("/events")
	String events(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String venue,
			@RequestParam(required = false) @Nullable String type,
			@RequestParam(required = false) @Nullable String cursor, Locale locale, HttpServletRequest request,
			Model model) {
		@Nullable Caller caller = Caller.currentIfAny().orElse(null);
		String language = this.frame.common(caller, locale, request, model);
		ClubRequests.EventType kind = null;
		if (type != null && !type.isBlank()) {
			try {
				kind = ClubRequests.EventType.of(type.strip());
			}
			catch (IllegalArgumentException ex) {
				kind = null;
			}
		}
		String search = (q != null && !q.isBlank()) ? q.strip() : null;
		List<String> problems = new ArrayList<>();
		CursorPage<ClubViews.EventView> page;
		try {
			Programme.Filters filters = new Programme.Filters(null, null, blank(venue), null, kind, null,
					(search != null) ? SearchTokens.query(search).orElse(null) : null);
			ZoneId reader = this.frame.reader(caller, null);
			PageQuery paging = new PageQuery(1, 25, (cursor != null) ? cursor : "");
			page = this.answers.value("events|" + filters + "|" + paging.cursor() + "|" + reader, language,
					() -> this.programme.events(filters, paging, language, reader));
		}
		catch (ApiException refused) {
			// a search of too many words, or a cursor from elsewhere: said, not an error
			// page
			problems.add(refused.getMessage());
			page = new CursorPage<>(List.of(), 25, null);
		}
		model.addAttribute("page", page);
		model.addAttribute("q", search);
		model.addAttribute("venue", blank(venue));
		model.addAttribute("type", (kind != null) ? kind.value() : null);
		model.addAttribute("problems", problems);
		model.addAttribute("venues", this.answers.value("venues", language, () -> this.reads.venues(language)));
		model.addAttribute("types", List.of("live_singer", "tribute_concert", "dj_set", "special", "other"));
		if (page.nextCursor() != null) {
			model.addAttribute("more", UriComponentsBuilder.fromPath("/club/events")
				.queryParamIfPresent("q", java.util.Optional.ofNullable(search))
				.queryParamIfPresent("venue", java.util.Optional.ofNullable(blank(venue)))
				.queryParamIfPresent("type", java.util.Optional.ofNullable(kind).map(ClubRequests.EventType::value))
				.queryParam("cursor", page.nextCursor())
				.build()
				.encode()
				.toUriString());
		}
		return "club/events";
	}

	/** Seven days from a Monday, in the club's zone, each with its events by start. */
	@GetMapping("/events/week")
	String week(@RequestParam(required = false) @Nullable String start, Locale locale, HttpServletRequest request,
			Model model) {
		@Nullable Caller caller = Caller.currentIfAny().orElse(null);
		String language = this.frame.common(caller, locale, request, model);
		ZoneId zone = this.properties.timeZone();
		LocalDate day;
		try {
			day = (start != null && !start.isBlank()) ? LocalDate.parse(start.strip()) : LocalDate.now(zone);
		}
		catch (DateTimeParseException ex) {
			day = LocalDate.now(zone);
		}
		if (day.getYear() < 2000 || day.getYear() > 2200) {
			day = LocalDate.now(zone);
		}
		LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		Instant from = monday.atStartOfDay(zone).toInstant();
		Instant to = monday.plusDays(7).atStartOfDay(zone).toInstant();
		Map<LocalDate, List<ClubViews.EventView>> days = new LinkedHashMap<>();
		for (int i = 0; i < 7; i++) {
			days.put(monday.plusDays(i), new ArrayList<>());
		}
		for (ClubViews.EventView event : this.programme
			.events(new Programme.Filters(from, to, null, null, null, null, null), new PageQuery(1, 100, null),
					language, zone)
			.items()) {
			LocalDate on = event.startsAt().atZone(zone).toLocalDate();
			days.computeIfAbsent(on.isBefore(monday) ? monday : on, (k) -> new ArrayList<>()).add(event);
		}
		model.addAttribute("days", days);
		model.addAttribute("zone", zone.getId());
		model.addAttribute("previous", monday.minusWeeks(1).toString());
		model.addAttribute("next", monday.plusWeeks(1).toString());
		model.addAttribute("monday", monday);
		return "club/week";
	}

	@GetMapping("/events/{slug}")
	String event(@PathVariable String slug, @RequestParam(required = false) @Nullable String tz, Locale locale,
			HttpServletRequest request, Model model) {
		@Nullable Caller caller = Caller.currentIfAny().orElse(null);
		String language = this.frame.common(caller, locale, request, model);
		ZoneId reader = this.frame.reader(caller, tz);
		ClubViews.EventView event = this.programme.event(slug, language, reader);
		model.addAttribute("event", event);
		model.addAttribute("reader", (reader != null) ? reader.getId() : null);
		model.addAttribute("favourite", caller != null && this.membership.isFavourite(caller, "event", slug));
		model.addAttribute("going", caller != null && this.membership.isGoing(caller, slug));
		return "club/event";
	}

	/** The event alone as iCalendar: what "add to calendar" downloads. */
	@GetMapping(path = "/events/{slug}/calendar.ics")
	ResponseEntity<String> eventCalendar(@PathVariable String slug, Locale locale) {
		String language = this.languages.resolve(locale.getLanguage(), null);
		return ResponseEntity.ok()
			.contentType(MediaType.valueOf("text/calendar;charset=UTF-8"))
			.header("Content-Disposition", "attachment; filename=\"" + slug + ".ics\"")
			.body(this.feeds.published(slug, language));
	}

	@GetMapping("/artists")
	String artists(@RequestParam(required = false) @Nullable String q, Locale locale, HttpServletRequest request,
			Model model) {
		@Nullable Caller caller = Caller.currentIfAny().orElse(null);
		String language = this.frame.common(caller, locale, request, model);
		String search = (q != null && !q.isBlank()) ? q.strip() : null;
		List<String> problems = new ArrayList<>();
		List<ClubViews.ArtistView> found = List.of();
		try {
			found = this.reads
				.artists(null, null, (search != null) ? SearchTokens.query(search).orElse(null) : null,
						new PageQuery(1, 100, null), language)
				.page()
				.getContent();
		}
		catch (ApiException refused) {
			problems.add(refused.getMessage());
		}
		model.addAttribute("artists", found);
		model.addAttribute("q", search);
		model.addAttribute("problems", problems);
		return "club/artists";
	}

	@GetMapping("/artists/{slug}")
	String artist(@PathVariable String slug, Locale locale, HttpServletRequest request, Model model) {
		@Nullable Caller caller = Caller.currentIfAny().orElse(null);
		String language = this.frame.common(caller, locale, request, model);
		model.addAttribute("artist", this.reads.artist(slug, language));
		model.addAttribute("events",
				this.programme
					.events(new Programme.Filters(null, null, null, slug, null, null, null), new PageQuery(1, 20, null),
							language, this.frame.reader(caller, null))
					.items());
		model.addAttribute("favourite", caller != null && this.membership.isFavourite(caller, "artist", slug));
		return "club/artist";
	}

	private static Programme.Filters filters(@Nullable Instant from, @Nullable String venue, @Nullable String artist,
			@Nullable Boolean featured) {
		return new Programme.Filters(from, null, venue, artist, null, featured, null);
	}

	private static @Nullable String blank(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
