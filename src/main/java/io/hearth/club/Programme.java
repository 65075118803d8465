package io.hearth.club;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.hearth.files.FileView;
import io.hearth.platform.ApiException;
import io.hearth.platform.CursorPage;
import io.hearth.platform.Cursors;
import io.hearth.platform.PageQuery;
import io.hearth.platform.SearchQuery;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public programme: published events by start, filtered, in one language, with their
 * times in their own zone, in Second Life time and in the reader's; what is on now and
 * next at each venue. Drafts are nobody's business but staff's; a cancelled event stays
 * readable by its link (its status says so), an unlisted one only by its link.
 */
@Service
@Transactional(readOnly = true)
class Programme {

	/** Second Life time: what the club's audience plans by. */
	static final ZoneId SLT = ZoneId.of("America/Los_Angeles");

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

	private final ClubEvents events;

	private final Venues venues;

	private final Artists artists;

	private final ClubLanguages languages;

	private final ClubMarkdown markdown;

	private final MemberLinks links;

	private final ClubSearch search;

	private final ClubImages images;

	private final ClubDirectory directory;

	private final Clock clock;

	Programme(ClubEvents events, Venues venues, Artists artists, ClubLanguages languages, ClubMarkdown markdown,
			MemberLinks links, ClubSearch search, ClubImages images, ClubDirectory directory, Clock clock) {
		this.images = images;
		this.directory = directory;
		this.search = search;
		this.links = links;
		this.events = events;
		this.venues = venues;
		this.artists = artists;
		this.languages = languages;
		this.markdown = markdown;
		this.clock = clock;
	}

	/** What a reader may narrow the programme to. */
	record Filters(@Nullable Instant from, @Nullable Instant to, @Nullable String venue, @Nullable String artist,
			ClubRequests.@Nullable EventType type, @Nullable Boolean featured, @Nullable SearchQuery q) {
	}

	/**
	 * Published, listed events that have not ended by {@code from} (default now) and
	 * start before {@code to}, by start then id; keyset pages, so a deep page costs what
	 * the first does.
	 */
	CursorPage<ClubViews.EventView> events(Filters filters, PageQuery paging, String language,
			@Nullable ZoneId reader) {
		Instant now = this.clock.instant();
		Instant from = (filters.from() != null) ? filters.from() : now;
		Specification<ClubEvent> spec = (root, query, cb) -> cb.and(
				cb.equal(root.get("publication"), ClubEvent.Publication.PUBLISHED.value()),
				cb.isFalse(root.get("unlisted")), cb.greaterThan(root.get("endsAt"), from));
		if (filters.to() != null) {
			Instant to = filters.to();
			spec = spec.and((root, query, cb) -> cb.lessThan(root.get("startsAt"), to));
		}
		if (filters.venue() != null) {
			UUID venue = this.venues.findBySlug(filters.venue()).map(Venue::id).orElse(null);
			if (venue == null) {
				return new CursorPage<>(List.of(), paging.perPage(), null);
			}
			spec = spec.and((root, query, cb) -> cb.equal(root.get("venueId"), venue));
		}
		if (filters.artist() != null) {
			UUID artist = this.artists.findBySlug(filters.artist()).map(Artist::id).orElse(null);
			if (artist == null) {
				return new CursorPage<>(List.of(), paging.perPage(), null);
			}
			// an artist is on a bill at most once, so the join adds no duplicates
			spec = spec.and((root, query, cb) -> cb.equal(root.join("artists").get("artistId"), artist));
		}
		if (filters.type() != null) {
			String type = filters.type().value();
			spec = spec.and((root, query, cb) -> cb.equal(root.get("type"), type));
		}
		if (filters.featured() != null) {
			boolean featured = filters.featured();
			spec = spec.and((root, query, cb) -> cb.equal(root.get("featured"), featured));
		}
		if (filters.q() != null) {
			spec = spec.and(this.search.matching(ClubSearch.Kind.EVENT, language, filters.q()));
		}
		String cursor = paging.cursor();
		if (cursor != null && !cursor.isEmpty()) {
			Cursors.Keyset after = Cursors.keyset(cursor);
			spec = spec.and((root, query, cb) -> cb.or(cb.greaterThan(root.get("startsAt"), after.at()),
					cb.and(cb.equal(root.get("startsAt"), after.at()), cb.greaterThan(root.get("id"), after.id()))));
		}
		List<ClubEvent> rows = this.events.findBy(spec,
				(q) -> q.sortBy(Sort.by("startsAt", "id")).limit(paging.perPage() + 1).all());
		List<ClubViews.EventView> views = views(rows, language, reader, now);
		CursorPage<ClubViews.EventView> page = CursorPage.of(views, paging.perPage(),
				(last) -> List.of(last.startsAt().toString(), last.id().toString()));
		boolean firstPage = cursor == null || cursor.isEmpty();
		return (filters.q() != null && firstPage && views.isEmpty())
				? page.suggesting(this.search.suggestions(ClubSearch.Kind.EVENT, language, filters.q())) : page;
	}

	/** An event by its link: published or cancelled; a draft is not found. */
	ClubViews.EventView event(String slug, String language, @Nullable ZoneId reader) {
		ClubEvent event = this.events.findWithPartsBySlug(slug)
			.filter((e) -> e.publication() != ClubEvent.Publication.DRAFT)
			.orElseThrow(() -> ApiException.notFound("Event"));
		return views(List.of(event), language, reader, this.clock.instant()).getFirst();
	}

	/** These events (drafts left out), by start. */
	List<ClubViews.EventView> these(java.util.Collection<UUID> ids, String language) {
		if (ids.isEmpty()) {
			return List.of();
		}
		List<ClubEvent> rows = this.events.findAllById(ids)
			.stream()
			.filter((e) -> e.publication() != ClubEvent.Publication.DRAFT)
			.sorted(Comparator.comparing(ClubEvent::startsAt).thenComparing(ClubEvent::id))
			.toList();
		return views(rows, language, null, this.clock.instant());
	}

	/**
	 * For each active venue: what is live there now, and the next event to start. Live
	 * events are those begun and not ended (an event lasts at most a day, so only the
	 * last day's starts are read); the next is one indexed lookup per venue, so the
	 * answer costs the same whatever the length of the programme.
	 */
	List<ClubViews.NowAtVenue> now(String language, @Nullable ZoneId reader) {
		Instant now = this.clock.instant();
		Specification<ClubEvent> listed = (root, query, cb) -> cb.and(
				cb.equal(root.get("publication"), ClubEvent.Publication.PUBLISHED.value()),
				cb.isFalse(root.get("unlisted")));
		List<ClubEvent> chosen = new ArrayList<>(this.events.findBy(
				listed.and((root, query, cb) -> cb.and(cb.greaterThan(root.get("endsAt"), now),
						cb.lessThanOrEqualTo(root.get("startsAt"), now),
						cb.greaterThan(root.get("startsAt"), now.minus(EventPlanning.LONGEST)))),
				(q) -> q.sortBy(Sort.by("startsAt", "id")).limit(1000).all()));
		List<Venue> active = this.venues.findByActiveTrue();
		for (Venue venue : active) {
			UUID id = venue.id();
			this.events
				.findBy(listed.and((root, query, cb) -> cb.and(cb.equal(root.get("venueId"), id),
						cb.greaterThan(root.get("startsAt"), now))), (q) -> q.sortBy(Sort.by("startsAt", "id")).first())
				.ifPresent(chosen::add);
		}
		Map<UUID, List<ClubViews.EventView>> byVenue = new HashMap<>();
		List<ClubViews.EventView> views = views(chosen, language, reader, now);
		for (int i = 0; i < chosen.size(); i++) {
			byVenue.computeIfAbsent(chosen.get(i).venueId(), (k) -> new ArrayList<>()).add(views.get(i));
		}
		List<ClubViews.NowAtVenue> answer = new ArrayList<>();
		active.stream()
			.sorted(Comparator.comparingInt(Venue::sortOrder).thenComparing(Venue::slug))
			.forEach((venue) -> {
				List<ClubViews.EventView> at = byVenue.getOrDefault(venue.id(), List.of());
				List<ClubViews.EventView> live = at.stream().filter((e) -> e.status().equals("live")).toList();
				ClubViews.EventView next = at.stream()
					.filter((e) -> e.status().equals("scheduled"))
					.findFirst()
					.orElse(null);
				answer.add(new ClubViews.NowAtVenue(venueRef(venue, language), live, next));
			});
		return answer;
	}

	/** The views of a page of events, with their venues and artists read once for all. */
	private List<ClubViews.EventView> views(List<ClubEvent> rows, String language, @Nullable ZoneId reader,
			Instant now) {
		Set<UUID> venueIds = rows.stream().map(ClubEvent::venueId).collect(Collectors.toSet());
		Set<UUID> artistIds = new HashSet<>();
		rows.forEach((event) -> event.artists().forEach((billing) -> artistIds.add(billing.artistId())));
		Map<UUID, Venue> venuesById = this.directory.venues(venueIds);
		Map<UUID, Artist> artistsById = this.directory.artists(artistIds);
		List<UUID> ids = rows.stream().map(ClubEvent::id).toList();
		Map<UUID, Integer> going = this.links.goingCounts(ids);
		Map<UUID, ClubImages.Images> posters = this.images.of(ids);
		return rows.stream()
			.map((event) -> view(event, venuesById, artistsById, language, reader, now,
					going.getOrDefault(event.id(), 0), posters.getOrDefault(event.id(), ClubImages.Images.NONE).main()))
			.toList();
	}

	private ClubViews.EventView view(ClubEvent event, Map<UUID, Venue> venues, Map<UUID, Artist> artists,
			String language, @Nullable ZoneId reader, Instant now, int going, @Nullable FileView poster) {
		ClubLanguages.Chosen<ClubEvent.Text> text = this.languages.pick(event.texts(), language);
		ClubEvent.Text chosen = (text != null) ? text.text() : new ClubEvent.Text(event.slug(), null);
		ZoneId zone = event.timeZone();
		List<ClubViews.BilledArtist> bill = new ArrayList<>();
		for (ClubEvent.Billing billing : event.artists()) {
			Artist artist = artists.get(billing.artistId());
			if (artist != null && artist.active()) {
				bill.add(new ClubViews.BilledArtist(artist.slug(), artist.name(), billing.setTime()));
			}
		}
		return new ClubViews.EventView(event.id(), event.slug(), (text != null) ? text.language() : language,
				chosen.title(), chosen.description(), this.markdown.html(chosen.description()), event.type().value(),
				event.status(now), venueRef(venues.get(event.venueId()), language), event.startsAt(), event.endsAt(),
				zone.getId(), at(event.startsAt(), zone), at(event.endsAt(), zone), at(event.startsAt(), SLT),
				at(event.endsAt(), SLT), (reader != null) ? at(event.startsAt(), reader) : null,
				(reader != null) ? at(event.endsAt(), reader) : null, bill, event.featured(), going, poster);
	}

	ClubViews.VenueRef venueRef(@Nullable Venue venue, String language) {
		if (venue == null) {
			return new ClubViews.VenueRef("", "");
		}
		ClubLanguages.Chosen<Venue.Text> text = this.languages.pick(venue.texts(), language);
		return new ClubViews.VenueRef(venue.slug(), (text != null) ? text.text().name() : venue.slug());
	}

	private static String at(Instant instant, ZoneId zone) {
		return LOCAL.format(instant.atZone(zone));
	}

}
