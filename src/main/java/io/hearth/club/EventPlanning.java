package io.hearth.club;

import java.text.Normalizer;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import io.hearth.identity.Caller;
import io.hearth.platform.ApiException;
import io.hearth.platform.IfMatch;
import io.hearth.platform.InputBounds;
import io.hearth.platform.PageQuery;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What staff do to the programme: events written with every language at once, and moved
 * through their publication (draft, published, cancelled). Staff or admin only; every
 * change in the audit trail.
 */
@Service
class EventPlanning {

	/** The longest night the club has: an event ends at most a day after it starts. */
	static final Duration LONGEST = Duration.ofHours(24);

	private final ClubEvents events;

	private final Venues venues;

	private final Artists artists;

	private final ClubLanguages languages;

	private final ClubProperties properties;

	private final ClubAudit audit;

	private final NotificationPlanner notifications;

	private final ClubSearch search;

	private final ClubImages images;

	private final Clock clock;

	EventPlanning(ClubEvents events, Venues venues, Artists artists, ClubLanguages languages, ClubProperties properties,
			ClubAudit audit, NotificationPlanner notifications, ClubSearch search, ClubImages images, Clock clock) {
		this.images = images;
		this.search = search;
		this.notifications = notifications;
		this.events = events;
		this.venues = venues;
		this.artists = artists;
		this.languages = languages;
		this.properties = properties;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	Page<ClubViews.EventDetail> list(Caller caller, PageQuery paging) {
		ClubAudit.requireStaff(caller);
		Instant now = this.clock.instant();
		return this.events.findAll(paging.toPageable(Sort.by(Sort.Direction.DESC, "startsAt", "id")))
			.map((event) -> ClubViews.EventDetail.of(event, now));
	}

	@Transactional(readOnly = true)
	ClubViews.EventDetail get(Caller caller, UUID id) {
		ClubAudit.requireStaff(caller);
		return ClubViews.EventDetail.of(find(id), this.clock.instant());
	}

	@Transactional
	ClubViews.EventDetail create(Caller caller, ClubRequests.EventWrite request) {
		ClubAudit.requireStaff(caller);
		ZoneId zone = check(request);
		String slug = (request.slug() != null) ? request.slug() : freeSlug(request, zone);
		if (request.slug() != null && this.events.existsBySlug(slug)) {
			throw ApiException.conflict("SLUG_TAKEN", "Another event has the slug " + slug);
		}
		ClubEvent event = this.events.saveAndFlush(new ClubEvent(slug, request, zone, now()));
		this.search.indexed(event);
		this.audit.changed("club_event", event.id(), "created", caller, Map.of(), snapshot(event));
		return ClubViews.EventDetail.of(event, this.clock.instant());
	}

	@Transactional
	ClubViews.EventDetail update(Caller caller, UUID id, ClubRequests.EventWrite request, IfMatch ifMatch) {
		ClubAudit.requireStaff(caller);
		ClubEvent event = find(id);
		ifMatch.require(event.version());
		ZoneId zone = check(request);
		String slug = (request.slug() != null) ? request.slug() : event.slug();
		if (!slug.equals(event.slug()) && this.events.existsBySlug(slug)) {
			throw ApiException.conflict("SLUG_TAKEN", "Another event has the slug " + slug);
		}
		Map<String, @Nullable String> before = snapshot(event);
		boolean moved = !event.startsAt().equals(request.startsAt().toInstant())
				|| !event.venueId().equals(request.venueId());
		event.change(slug, request, zone, now());
		event.detach();
		event = this.events.saveAndFlush(event);
		this.search.indexed(event);
		if (moved && event.publication() == ClubEvent.Publication.PUBLISHED) {
			this.notifications.moved(event);
		}
		this.audit.changed("club_event", id, "updated", caller, before, snapshot(event));
		return ClubViews.EventDetail.of(event, this.clock.instant());
	}

	@Transactional
	void delete(Caller caller, UUID id, IfMatch ifMatch) {
		ClubAudit.requireStaff(caller);
		ClubEvent event = find(id);
		ifMatch.require(event.version());
		this.audit.changed("club_event", id, "deleted", caller, snapshot(event), Map.of());
		this.search.removed(event.id());
		this.images.removeAll(event.id());
		this.events.delete(event);
	}

	/** Publish, unpublish or cancel: {@code to} is the publication asked for. */
	@Transactional
	ClubViews.EventDetail move(Caller caller, UUID id, ClubEvent.Publication to, IfMatch ifMatch) {
		ClubAudit.requireStaff(caller);
		ClubEvent event = find(id);
		ifMatch.require(event.version());
		Map<String, @Nullable String> before = snapshot(event);
		switch (to) {
			case PUBLISHED -> event.publish(now());
			case DRAFT -> event.unpublish(now());
			case CANCELLED -> event.cancel(now());
		}
		event = this.events.saveAndFlush(event);
		switch (to) {
			case PUBLISHED -> this.notifications.published(event);
			case CANCELLED -> this.notifications.cancelled(event);
			case DRAFT -> {
				// back to draft says nothing to members; what was pending waits for it
			}
		}
		this.audit.changed("club_event", id, "updated", caller, before, snapshot(event));
		return ClubViews.EventDetail.of(event, this.clock.instant());
	}

	/** The rules Bean Validation cannot see; the event's zone. */
	ZoneId check(ClubRequests.EventWrite request) {
		Map<String, List<String>> errors = new LinkedHashMap<>();
		ZoneId zone = this.properties.timeZone();
		if (request.timeZone() != null) {
			try {
				zone = ZoneId.of(request.timeZone());
			}
			catch (DateTimeException ex) {
				errors.put("time_zone", List.of("is not an IANA time zone, e.g. Europe/Rome"));
			}
		}
		Instant start = request.startsAt().toInstant();
		Instant end = request.endsAt().toInstant();
		if (!InputBounds.fits(start)) {
			errors.put("starts_at", List.of("is out of range"));
		}
		if (request.publishAt() != null && !request.publishAt().toInstant().isBefore(start)) {
			errors.put("publish_at", List.of("must be before starts_at"));
		}
		if (!end.isAfter(start)) {
			errors.put("ends_at", List.of("must be after starts_at"));
		}
		else if (Duration.between(start, end).compareTo(LONGEST) > 0) {
			errors.put("ends_at", List.of("must be at most 24 hours after starts_at"));
		}
		for (String language : new TreeSet<>(request.texts().keySet())) {
			if (!this.languages.known(language)) {
				errors.put("texts." + language,
						List.of("is not one of the club's languages " + String.join(", ", this.languages.all())));
			}
		}
		String first = this.languages.all().getFirst();
		if (!request.texts().containsKey(first)) {
			errors.put("texts." + first, List.of("is required: the title in the default language"));
		}
		if (!this.venues.existsById(request.venueId())) {
			errors.put("venue_id", List.of("is no venue"));
		}
		Set<UUID> billed = new HashSet<>();
		for (int i = 0; i < request.artists().size(); i++) {
			UUID artist = request.artists().get(i).artistId();
			if (!billed.add(artist)) {
				errors.put("artists[" + i + "].artist_id", List.of("is already on the bill"));
			}
			else if (!this.artists.existsById(artist)) {
				errors.put("artists[" + i + "].artist_id", List.of("is no artist"));
			}
		}
		if (!errors.isEmpty()) {
			throw ApiException.invalid(errors);
		}
		return zone;
	}

	/** A slug from the default title and the local date, numbered when taken. */
	/**
	 * A title as slug words: accents dropped, a-z and 0-9 joined by hyphens, cut at
	 * {@code most}.
	 */
	static String slugWords(String title, int most) {
		String words = Normalizer.normalize(title, Normalizer.Form.NFKD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("(^-+|-+$)", "");
		return (words.length() > most) ? words.substring(0, most).replaceAll("-+$", "") : words;
	}

	String freeSlug(ClubRequests.EventWrite request, ZoneId zone) {
		String words = slugWords(request.texts().get(this.languages.all().getFirst()).title(), 80);
		String base = (words.isEmpty() ? "event" : words) + "-"
				+ request.startsAt().atZoneSameInstant(zone).toLocalDate();
		String slug = base;
		for (int n = 2; this.events.existsBySlug(slug); n++) {
			slug = base + "-" + n;
		}
		return slug;
	}

	/**
	 * The drafts whose {@code publish_at} has come, published as staff would (followers
	 * told); for {@link ClubPublisher}.
	 * @return how many
	 */
	@Transactional
	int publishDue() {
		Instant now = now();
		List<ClubEvent> due = this.events
			.findAll((root, query, cb) -> cb.and(cb.equal(root.get("publication"), ClubEvent.Publication.DRAFT.value()),
					cb.lessThanOrEqualTo(root.get("publishAt"), now)));
		for (ClubEvent event : due) {
			Map<String, @Nullable String> before = snapshot(event);
			event.publish(now);
			this.notifications.published(event);
			this.audit.changedBySystem("club_event", event.id(), before, snapshot(event));
		}
		return due.size();
	}

	private ClubEvent find(UUID id) {
		return this.events.findById(id).orElseThrow(() -> ApiException.notFound("Event"));
	}

	private static Map<String, @Nullable String> snapshot(ClubEvent event) {
		Map<String, @Nullable String> fields = new LinkedHashMap<>();
		fields.put("slug", event.slug());
		fields.put("type", event.type().value());
		fields.put("venue_id", event.venueId().toString());
		fields.put("starts_at", event.startsAt().toString());
		fields.put("ends_at", event.endsAt().toString());
		fields.put("time_zone", event.timeZone().getId());
		fields.put("is_featured", String.valueOf(event.featured()));
		fields.put("unlisted", String.valueOf(event.unlisted()));
		fields.put("publication", event.publication().value());
		fields.put("publish_at", (event.publishAt() != null) ? event.publishAt().toString() : null);
		event.texts().forEach((language, text) -> {
			fields.put("texts." + language + ".title", text.title());
			fields.put("texts." + language + ".description", text.description());
		});
		fields.put("artists",
				String.join(" ",
						event.artists()
							.stream()
							.map((b) -> b.artistId() + ((b.setTime() != null) ? "@" + b.setTime() : ""))
							.toList()));
		return fields;
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

}
