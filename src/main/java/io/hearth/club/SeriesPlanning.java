package io.hearth.club;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.hearth.identity.Caller;
import io.hearth.platform.ApiException;
import io.hearth.platform.IfMatch;
import io.hearth.platform.PageQuery;
import io.hearth.platform.Versioned;
import net.fortuna.ical4j.model.Recur;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Series: a rule (RFC 5545, expanded by ical4j in the series' zone, so 22:00 stays 22:00
 * local across daylight-saving changes) that makes real events up to a horizon, which the
 * recurring {@link ClubSeriesHorizon} job extends. Editing the series changes its future
 * occurrences except those edited alone; an occurrence its new rule no longer makes is
 * removed while a draft and cancelled once published, so calendars are told.
 * <p>
 * One class on purpose: every write here (create, change, publish, cancel, delete, the
 * horizon job) ends in the same materialisation against the same rule and template, and
 * splitting the use cases would spread that one invariant — a series and its future,
 * non-detached occurrences agree — over several services. The rule check is static and
 * could leave with the next addition (e.g. occurrence exceptions).
 */
@Service
class SeriesPlanning {

	/** What a rule may say: the residencies the club runs, nothing that could explode. */
	static final Set<String> PARTS = Set.of("FREQ", "INTERVAL", "BYDAY", "BYMONTHDAY", "COUNT", "UNTIL");

	/** A bound on one expansion whatever the rule and the horizon. */
	static final int MOST = 400;

	private final ClubSeriesRepository series;

	private final ClubEvents events;

	private final EventPlanning planning;

	private final NotificationPlanner notifications;

	private final ClubAudit audit;

	private final ClubProperties properties;

	private final JsonMapper json;

	private final ClubSearch search;

	private final ClubImages images;

	private final ClubAnswers answers;

	private final Clock clock;

	SeriesPlanning(ClubSeriesRepository series, ClubEvents events, EventPlanning planning,
			NotificationPlanner notifications, ClubAudit audit, ClubProperties properties, JsonMapper json,
			ClubSearch search, ClubImages images, ClubAnswers answers, Clock clock) {
		this.answers = answers;
		this.images = images;
		this.search = search;
		this.series = series;
		this.events = events;
		this.planning = planning;
		this.notifications = notifications;
		this.audit = audit;
		this.properties = properties;
		this.json = json;
		this.clock = clock;
	}

	/** A series as staff edit it, with its next occurrences. */
	record SeriesDetail(UUID id, String slug, String rrule, String timeZone, String publication,
			ClubRequests.SeriesWrite template, List<Occurrence> upcoming, @Nullable Instant materialisedUntil,
			Instant createdAt, Instant updatedAt, long version) implements Versioned {
	}

	record Occurrence(UUID id, String slug, Instant startsAt, String publication, boolean detached) {
	}

	@Transactional(readOnly = true)
	Page<SeriesDetail> list(Caller caller, PageQuery paging) {
		ClubAudit.requireStaff(caller);
		return this.series.findAll(paging.toPageable(Sort.by(Sort.Direction.DESC, "createdAt", "id")))
			.map(this::detail);
	}

	@Transactional(readOnly = true)
	SeriesDetail get(Caller caller, UUID id) {
		ClubAudit.requireStaff(caller);
		return detail(find(id));
	}

	@Transactional
	SeriesDetail create(Caller caller, ClubRequests.SeriesWrite request) {
		ClubAudit.requireStaff(caller);
		ClubSeries series = make(request, false);
		this.audit.changed("club_series", series.id(), "created", caller, Map.of(), snapshot(series));
		return detail(series);
	}

	/**
	 * The demo data's series ({@link ClubDemo}): made and published as staff would,
	 * audited without an actor.
	 */
	@Transactional
	SeriesDetail createForDemo(ClubRequests.SeriesWrite request) {
		ClubSeries series = make(request, true);
		this.audit.changedBySystem("club_series", series.id(), Map.of(), snapshot(series));
		return detail(series);
	}

	private ClubSeries make(ClubRequests.SeriesWrite request, boolean published) {
		String rule = rule(request.rrule());
		ZoneId zone = this.planning.check(request.event(request.startsAt(), request.endsAt(), null));
		String slug = (request.slug() != null) ? request.slug() : freeSlug(request);
		if (request.slug() != null && this.series.existsBySlug(slug)) {
			throw ApiException.conflict("SLUG_TAKEN", "Another series has the slug " + slug);
		}
		ClubSeries series = new ClubSeries(slug, now());
		change(series, rule, zone, request);
		if (published) {
			series.publication(ClubEvent.Publication.PUBLISHED, now());
		}
		series = this.series.saveAndFlush(series);
		materialise(series, request, false);
		return series;
	}

	@Transactional
	SeriesDetail update(Caller caller, UUID id, ClubRequests.SeriesWrite request, IfMatch ifMatch) {
		ClubAudit.requireStaff(caller);
		ClubSeries series = find(id);
		ifMatch.require(series.version());
		String rule = rule(request.rrule());
		ZoneId zone = this.planning.check(request.event(request.startsAt(), request.endsAt(), null));
		String slug = (request.slug() != null) ? request.slug() : series.slug();
		if (!slug.equals(series.slug()) && this.series.existsBySlug(slug)) {
			throw ApiException.conflict("SLUG_TAKEN", "Another series has the slug " + slug);
		}
		Map<String, @Nullable String> before = snapshot(series);
		series.change(slug, rule, zone, request.startsAt().toInstant(),
				Duration.between(request.startsAt(), request.endsAt()), template(request), now());
		series = this.series.saveAndFlush(series);
		materialise(series, request, true);
		this.audit.changed("club_series", id, "updated", caller, before, snapshot(series));
		return detail(series);
	}

	/**
	 * Publish or cancel a series and its future occurrences that were not edited alone.
	 */
	@Transactional
	SeriesDetail move(Caller caller, UUID id, ClubEvent.Publication to, IfMatch ifMatch) {
		ClubAudit.requireStaff(caller);
		ClubSeries series = find(id);
		ifMatch.require(series.version());
		Map<String, @Nullable String> before = snapshot(series);
		series.publication(to, now());
		Instant now = this.clock.instant();
		List<ClubEvent> future = this.events.findBySeriesId(id)
			.stream()
			.filter((e) -> e.startsAt().isAfter(now) && !e.detached())
			.sorted(Comparator.comparing(ClubEvent::startsAt))
			.toList();
		boolean told = false;
		for (ClubEvent event : future) {
			if (to == ClubEvent.Publication.PUBLISHED && event.publication() == ClubEvent.Publication.DRAFT) {
				event.publish(now());
				if (!told) {
					// followers hear of the residency once, by its next night
					this.notifications.published(event);
					told = true;
				}
			}
			else if (to == ClubEvent.Publication.CANCELLED && event.publication() != ClubEvent.Publication.CANCELLED) {
				event.cancel(now());
				this.notifications.cancelled(event);
			}
		}
		series = this.series.saveAndFlush(series);
		this.audit.changed("club_series", id, "updated", caller, before, snapshot(series));
		return detail(series);
	}

	/**
	 * Only a draft series is deleted, with its occurrences; a published one is cancelled.
	 */
	@Transactional
	void delete(Caller caller, UUID id, IfMatch ifMatch) {
		ClubAudit.requireStaff(caller);
		ClubSeries series = find(id);
		ifMatch.require(series.version());
		if (series.publication() != ClubEvent.Publication.DRAFT) {
			throw ApiException.conflict("SERIES_PUBLISHED", "Cancel a published series instead, so calendars are told");
		}
		this.audit.changed("club_series", id, "deleted", caller, snapshot(series), Map.of());
		List<ClubEvent> occurrences = this.events.findBySeriesId(id);
		occurrences.forEach((event) -> {
			this.search.removed(event.id());
			this.images.removeAll(event.id());
		});
		this.events.deleteAll(occurrences);
		this.series.delete(series);
	}

	/** The recurring job's work: every live series made up to the horizon from now. */
	@Transactional
	int extend() {
		int made = 0;
		for (ClubSeries series : this.series.findByPublicationNot(ClubEvent.Publication.CANCELLED.value())) {
			made += materialise(series, this.json.readValue(series.template(), ClubRequests.SeriesWrite.class), false);
		}
		return made;
	}

	/**
	 * Makes the occurrences the rule gives between now and the horizon; with
	 * {@code replace}, also brings the future ones in line with the series.
	 * @return how many occurrences were made
	 */
	private int materialise(ClubSeries series, ClubRequests.SeriesWrite template, boolean replace) {
		Instant now = now();
		Instant until = now.plus(this.properties.seriesHorizon());
		ZoneId zone = series.timeZone();
		ZonedDateTime seed = series.firstStart().atZone(zone);
		List<ZonedDateTime> dates = new Recur<ZonedDateTime>(series.rrule()).getDates(seed, seed, until.atZone(zone),
				MOST);
		Map<String, ClubEvent> existing = new HashMap<>();
		for (ClubEvent event : this.events.findBySeriesId(series.id())) {
			existing.put(event.occurrence(), event);
		}
		Set<String> wanted = new HashSet<>();
		List<ClubEvent> written = new ArrayList<>();
		int made = 0;
		for (ZonedDateTime date : dates) {
			if (!date.toInstant().isAfter(now)) {
				continue;
			}
			String key = date.toLocalDateTime().toString();
			wanted.add(key);
			ClubRequests.EventWrite night = template.event(date.toOffsetDateTime(),
					date.plus(series.duration()).toOffsetDateTime(), null);
			ClubEvent event = existing.get(key);
			if (event == null) {
				event = ClubEvent.occurrence(series.id(), key, freeSlug(series.slug(), date.toLocalDate()), night, zone,
						now);
				if (series.publication() == ClubEvent.Publication.PUBLISHED) {
					event.publish(now);
				}
				this.events.save(event);
				written.add(event);
				made++;
			}
			else if (replace && !event.detached() && event.publication() != ClubEvent.Publication.CANCELLED) {
				event.change(event.slug(), night, zone, now);
				written.add(event);
			}
		}
		if (replace) {
			for (ClubEvent event : existing.values()) {
				if (wanted.contains(event.occurrence()) || event.detached() || !event.startsAt().isAfter(now)) {
					continue;
				}
				if (event.publication() == ClubEvent.Publication.DRAFT) {
					this.search.removed(event.id());
					this.images.removeAll(event.id());
					this.events.delete(event);
				}
				else if (event.publication() == ClubEvent.Publication.PUBLISHED) {
					event.cancel(now);
					this.notifications.cancelled(event);
				}
			}
		}
		// the rows first: indexing marks them current with plain SQL
		this.events.flush();
		written.forEach(this.search::indexed);
		if (!written.isEmpty()) {
			this.answers.changed();
		}
		series.materialisedUntil(until);
		this.events.flush();
		return made;
	}

	/** The rule, upper-cased and checked: only the parts residencies need. */
	static String rule(String text) {
		String rule = text.strip().toUpperCase(Locale.ROOT);
		if (rule.startsWith("RRULE:")) {
			rule = rule.substring("RRULE:".length());
		}
		Map<String, String> parts = new LinkedHashMap<>();
		for (String part : rule.split(";")) {
			String[] pair = part.split("=", 2);
			if (pair.length != 2 || !PARTS.contains(pair[0]) || parts.put(pair[0], pair[1]) != null) {
				throw ApiException.invalid("rrule",
						"may use FREQ, INTERVAL, BYDAY, BYMONTHDAY, COUNT and UNTIL, each once, e.g. FREQ=WEEKLY;BYDAY=SA");
			}
		}
		String freq = parts.get("FREQ");
		if (!"WEEKLY".equals(freq) && !"MONTHLY".equals(freq)) {
			throw ApiException.invalid("rrule", "must say FREQ=WEEKLY or FREQ=MONTHLY");
		}
		if (parts.containsKey("COUNT") && parts.containsKey("UNTIL")) {
			throw ApiException.invalid("rrule", "may say COUNT or UNTIL, not both");
		}
		if (parts.containsKey("INTERVAL") && !parts.get("INTERVAL").matches("[1-9]|[1-4][0-9]|5[0-2]")) {
			throw ApiException.invalid("rrule", "INTERVAL must be 1 to 52");
		}
		if (parts.containsKey("COUNT") && !parts.get("COUNT").matches("[1-9][0-9]{0,2}")) {
			throw ApiException.invalid("rrule", "COUNT must be 1 to 999");
		}
		try {
			new Recur<ZonedDateTime>(rule);
		}
		catch (RuntimeException ex) {
			throw ApiException.invalid("rrule", "is not a valid RFC 5545 rule");
		}
		return rule;
	}

	private void change(ClubSeries series, String rule, ZoneId zone, ClubRequests.SeriesWrite request) {
		series.change(series.slug(), rule, zone, request.startsAt().toInstant(),
				Duration.between(request.startsAt(), request.endsAt()), template(request), now());
	}

	private String template(ClubRequests.SeriesWrite request) {
		return this.json.writeValueAsString(request);
	}

	private String freeSlug(ClubRequests.SeriesWrite request) {
		String words = EventPlanning.slugWords(request.texts().get(this.properties.defaultLanguage()).title(), 60);
		String base = words.isEmpty() ? "series" : words;
		String slug = base;
		for (int n = 2; this.series.existsBySlug(slug); n++) {
			slug = base + "-" + n;
		}
		return slug;
	}

	private String freeSlug(String series, LocalDate date) {
		String base = series + "-" + date;
		String slug = base;
		for (int n = 2; this.events.existsBySlug(slug); n++) {
			slug = base + "-" + n;
		}
		return slug;
	}

	private SeriesDetail detail(ClubSeries series) {
		Instant now = this.clock.instant();
		List<Occurrence> upcoming = new ArrayList<>(this.events.findBySeriesId(series.id())
			.stream()
			.filter((e) -> e.endsAt().isAfter(now))
			.sorted(Comparator.comparing(ClubEvent::startsAt))
			.limit(20)
			.map((e) -> new Occurrence(e.id(), e.slug(), e.startsAt(), e.publication().value(), e.detached()))
			.toList());
		return new SeriesDetail(series.id(), series.slug(), series.rrule(), series.timeZone().getId(),
				series.publication().value(), this.json.readValue(series.template(), ClubRequests.SeriesWrite.class),
				upcoming, series.materialisedUntil(), series.createdAt(), series.updatedAt(), series.version());
	}

	private ClubSeries find(UUID id) {
		return this.series.findById(id).orElseThrow(() -> ApiException.notFound("Series"));
	}

	private static Map<String, @Nullable String> snapshot(ClubSeries series) {
		Map<String, @Nullable String> fields = new LinkedHashMap<>();
		fields.put("slug", series.slug());
		fields.put("rrule", series.rrule());
		fields.put("time_zone", series.timeZone().getId());
		fields.put("first_start", series.firstStart().toString());
		fields.put("duration_minutes", String.valueOf(series.duration().toMinutes()));
		fields.put("publication", series.publication().value());
		fields.put("template", series.template());
		return fields;
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

}
