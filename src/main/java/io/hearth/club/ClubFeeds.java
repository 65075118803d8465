package io.hearth.club;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.hearth.platform.ApiException;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TextList;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableAction;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The programme as iCalendar (RFC 5545), written by ical4j, for calendar apps to
 * subscribe to: the whole programme, a venue's or an artist's. Each event keeps its UID
 * for good, its SEQUENCE rises with every change, a cancelled one stays in the feed with
 * STATUS:CANCELLED so that calendars drop it, times are in the event's zone with its
 * VTIMEZONE, and CATEGORIES are the venue and the type.
 */
@Service
@Transactional(readOnly = true)
class ClubFeeds {

	/** How far back and ahead a feed reaches: recent nights stay, a year ahead shows. */
	static final Duration PAST = Duration.ofDays(30);

	static final Duration AHEAD = Duration.ofDays(366);

	/** A bound on one feed's size whatever the programme holds. */
	static final int MOST = 2000;

	private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

	private final ClubEvents events;

	private final Venues venues;

	private final Artists artists;

	private final ClubLanguages languages;

	private final ClubProperties properties;

	private final Clock clock;

	ClubFeeds(ClubEvents events, Venues venues, Artists artists, ClubLanguages languages, ClubProperties properties,
			Clock clock) {
		this.properties = properties;
		this.events = events;
		this.venues = venues;
		this.artists = artists;
		this.languages = languages;
		this.clock = clock;
	}

	String programme(String language) {
		return calendar("The Dreamer's Cave", null, language, false, null);
	}

	/**
	 * A member's own calendar: the events they go to or favourited (unlisted ones too:
	 * they had the link), and those at their favourite venues or with their favourite
	 * artists; with an alarm {@code alarm} minutes before each when they asked for one.
	 */
	String member(String title, Collection<UUID> going, Collection<UUID> events, Collection<UUID> venues,
			Collection<UUID> artists, String language, @Nullable Integer alarm) {
		Set<UUID> chosen = new java.util.HashSet<>(going);
		chosen.addAll(events);
		return calendar(title, following(chosen, venues, artists), language, true, alarm);
	}

	/**
	 * What a member follows: these events (unlisted ones too: they had the link), and the
	 * listed ones at these venues or with these artists; nothing when all are empty.
	 */
	static Specification<ClubEvent> following(Collection<UUID> chosen, Collection<UUID> venues,
			Collection<UUID> artists) {
		return (root, query, cb) -> {
			List<jakarta.persistence.criteria.Predicate> any = new java.util.ArrayList<>();
			if (!chosen.isEmpty()) {
				any.add(root.get("id").in(chosen));
			}
			if (!venues.isEmpty()) {
				any.add(cb.and(cb.isFalse(root.get("unlisted")), root.get("venueId").in(venues)));
			}
			if (!artists.isEmpty()) {
				var billed = query.subquery(UUID.class);
				var other = billed.from(ClubEvent.class);
				billed.select(other.get("id")).where(other.join("artists").get("artistId").in(artists));
				any.add(cb.and(cb.isFalse(root.get("unlisted")), root.get("id").in(billed)));
			}
			return any.isEmpty() ? cb.disjunction() : cb.or(any.toArray(jakarta.persistence.criteria.Predicate[]::new));
		};
	}

	/** One event, as a mail's attachment. */
	String event(ClubEvent event, String language) {
		UUID id = event.id();
		return calendar(event.slug(), (root, query, cb) -> cb.equal(root.get("id"), id), language, true, null);
	}

	/** One event by its link (never a draft), for "add to calendar". */
	String published(String slug, String language) {
		ClubEvent event = this.events.findBySlug(slug)
			.filter((e) -> e.publication() != ClubEvent.Publication.DRAFT)
			.orElseThrow(() -> ApiException.notFound("Event"));
		return event(event, language);
	}

	/** Several events, as a digest's attachment. */
	String these(String title, Collection<UUID> ids, String language) {
		return calendar(title, (root, query, cb) -> root.get("id").in(ids), language, true, null);
	}

	String venue(String slug, String language) {
		Venue venue = this.venues.findBySlug(slug)
			.filter(Venue::active)
			.orElseThrow(() -> ApiException.notFound("Venue"));
		UUID id = venue.id();
		return calendar(name(venue, language), (root, query, cb) -> cb.equal(root.get("venueId"), id), language, false,
				null);
	}

	String artist(String slug, String language) {
		Artist artist = this.artists.findBySlug(slug)
			.filter(Artist::active)
			.orElseThrow(() -> ApiException.notFound("Artist"));
		UUID id = artist.id();
		return calendar(artist.name(), (root, query, cb) -> cb.equal(root.join("artists").get("artistId"), id),
				language, false, null);
	}

	private String calendar(String title, @Nullable Specification<ClubEvent> narrower, String language,
			boolean unlisted, @Nullable Integer alarm) {
		Instant now = this.clock.instant();
		Specification<ClubEvent> spec = (root, query, cb) -> cb.and(
				root.get("publication")
					.in(ClubEvent.Publication.PUBLISHED.value(), ClubEvent.Publication.CANCELLED.value()),
				unlisted ? cb.conjunction() : cb.isFalse(root.get("unlisted")),
				cb.greaterThan(root.get("endsAt"), now.minus(PAST)),
				cb.lessThan(root.get("startsAt"), now.plus(AHEAD)));
		if (narrower != null) {
			spec = spec.and(narrower);
		}
		List<ClubEvent> rows = this.events.findBy(spec, (q) -> q.sortBy(Sort.by("startsAt", "id")).limit(MOST).all());
		Map<UUID, Venue> venuesById = this.venues
			.findAllById(rows.stream().map(ClubEvent::venueId).collect(Collectors.toSet()))
			.stream()
			.collect(Collectors.toMap(Venue::id, Function.identity()));

		Calendar calendar = new Calendar();
		calendar.add(new ProdId("-//Hearth//The Dreamer's Cave//" + language.toUpperCase(java.util.Locale.ROOT)));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		calendar.add(new XProperty("X-WR-CALNAME", title));
		Set<ZoneId> zones = new LinkedHashSet<>();
		for (ClubEvent event : rows) {
			zones.add(event.timeZone());
			VEvent vevent = vevent(event, venuesById.get(event.venueId()), language);
			if (alarm != null && event.publication() != ClubEvent.Publication.CANCELLED) {
				VAlarm reminder = new VAlarm(java.time.Duration.ofMinutes(-alarm));
				reminder.add(ImmutableAction.DISPLAY);
				reminder.add(new Description(vevent.getSummary().getValue()));
				vevent.add(reminder);
			}
			calendar.add(vevent);
		}
		if (zones.isEmpty()) {
			// a calendar needs one component (RFC 5545): an empty feed carries the club's
			// zone
			zones.add(this.properties.timeZone());
		}
		zones.forEach((zone) -> calendar.add(ZONES.getTimeZone(zone.getId()).getVTimeZone()));
		StringWriter out = new StringWriter();
		try {
			new CalendarOutputter(true).output(calendar, out);
		}
		catch (IOException | ValidationException ex) {
			throw new IllegalStateException("The programme did not make a valid calendar", ex);
		}
		return out.toString();
	}

	private VEvent vevent(ClubEvent event, @Nullable Venue venue, String language) {
		ClubLanguages.Chosen<ClubEvent.Text> text = this.languages.pick(event.texts(), language);
		String title = (text != null) ? text.text().title() : event.slug();
		ZoneId zone = event.timeZone();
		VEvent vevent = new VEvent(event.startsAt().atZone(zone), event.endsAt().atZone(zone), title);
		// the stamp of the last change, not of this read: the same event reads the same
		vevent.replace(new DtStamp(event.updatedAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)));
		vevent.add(new Uid(event.id() + "@club.hearth"));
		vevent.add(new Sequence((int) Math.min(Integer.MAX_VALUE, event.version())));
		vevent.add((event.publication() == ClubEvent.Publication.CANCELLED) ? ImmutableStatus.VEVENT_CANCELLED
				: ImmutableStatus.VEVENT_CONFIRMED);
		if (text != null && text.text().description() != null) {
			vevent.add(new Description(text.text().description()));
		}
		String venueName = (venue != null) ? name(venue, language) : "";
		if (venue != null) {
			vevent.add(new Location((venue.slurl() != null) ? venueName + " (" + venue.slurl() + ")" : venueName));
		}
		vevent.add(new Categories(new TextList(venueName, event.type().value())));
		return vevent;
	}

	private String name(Venue venue, String language) {
		ClubLanguages.Chosen<Venue.Text> text = this.languages.pick(venue.texts(), language);
		return (text != null) ? text.text().name() : venue.slug();
	}

}
