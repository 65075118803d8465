package io.hearth.club;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.hearth.identity.Caller;
import io.hearth.identity.UserDirectory;
import io.hearth.platform.ApiException;
import io.hearth.platform.OpaqueTokens;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a signed-in member does with the club: follow venues, artists and events, say they
 * are going, choose how they hear about the programme, and keep a personal calendar
 * behind a secret they can rotate. Every call is scoped to the caller.
 */
@Service
class Membership {

	private final ClubMembers members;

	private final MemberLinks links;

	private final Venues venues;

	private final Artists artists;

	private final ClubEvents events;

	private final ClubLanguages languages;

	private final ClubProperties properties;

	private final Programme programme;

	private final ClubFeeds feeds;

	private final UserDirectory users;

	private final NotificationPlanner planner;

	private final ClubAnswers answers;

	private final Clock clock;

	Membership(ClubMembers members, MemberLinks links, Venues venues, Artists artists, ClubEvents events,
			ClubLanguages languages, ClubProperties properties, Programme programme, ClubFeeds feeds,
			UserDirectory users, NotificationPlanner planner, ClubAnswers answers, Clock clock) {
		this.answers = answers;
		this.members = members;
		this.links = links;
		this.venues = venues;
		this.artists = artists;
		this.events = events;
		this.languages = languages;
		this.properties = properties;
		this.programme = programme;
		this.feeds = feeds;
		this.users = users;
		this.planner = planner;
		this.clock = clock;
	}

	/** A member's favourites and the events they go to, in one language. */
	record Favourites(List<ClubViews.VenueRef> venues, List<ClubViews.ArtistRef> artists,
			List<ClubViews.EventView> events, List<ClubViews.EventView> going) {
	}

	/** How a member hears about the programme, with the defaults filled in. */
	record PreferencesView(boolean newEvents, boolean reminders, int reminderHoursBefore, boolean eventUpdates,
			boolean weeklyDigest, String language, String timeZone, MemberRequests.@Nullable QuietHours quietHours,
			@Nullable Integer calendarAlarm, boolean hasCalendar) {
	}

	/** The personal calendar's address, shown once when it is made. */
	record CalendarLink(String url, String token) {
	}

	@Transactional
	void favourite(Caller caller, String kind, String slug) {
		MemberLinks.Target target = target(kind);
		this.links.favourite(caller.id(), target, targetId(target, slug), now());
	}

	@Transactional
	void unfavourite(Caller caller, String kind, String slug) {
		MemberLinks.Target target = target(kind);
		this.links.unfavourite(caller.id(), target, targetId(target, slug));
	}

	@Transactional(readOnly = true)
	Favourites favourites(Caller caller, String language) {
		List<ClubViews.VenueRef> venues = this.venues
			.findAllById(this.links.favourites(caller.id(), MemberLinks.Target.VENUE))
			.stream()
			.filter(Venue::active)
			.map((venue) -> this.programme.venueRef(venue, language))
			.toList();
		List<ClubViews.ArtistRef> artists = this.artists
			.findAllById(this.links.favourites(caller.id(), MemberLinks.Target.ARTIST))
			.stream()
			.filter(Artist::active)
			.map((artist) -> new ClubViews.ArtistRef(artist.slug(), artist.name()))
			.toList();
		return new Favourites(venues, artists,
				this.programme.these(this.links.favourites(caller.id(), MemberLinks.Target.EVENT), language),
				this.programme.these(this.links.goingTo(caller.id()), language));
	}

	/**
	 * Whether the member favourited this venue, artist or event (for a page's button).
	 */
	@Transactional(readOnly = true)
	boolean isFavourite(Caller caller, String kind, String slug) {
		MemberLinks.Target target = target(kind);
		return this.links.favourites(caller.id(), target).contains(targetId(target, slug));
	}

	@Transactional(readOnly = true)
	boolean isGoing(Caller caller, String slug) {
		return this.events.findBySlug(slug).map((e) -> this.links.goingTo(caller.id()).contains(e.id())).orElse(false);
	}

	/** Going to an event that is on (published, not over). */
	@Transactional
	int going(Caller caller, String slug) {
		ClubEvent event = this.events.findBySlug(slug)
			.filter((e) -> e.publication() != ClubEvent.Publication.DRAFT)
			.orElseThrow(() -> ApiException.notFound("Event"));
		if (event.publication() == ClubEvent.Publication.CANCELLED) {
			throw ApiException.conflict("EVENT_CANCELLED", "This event is cancelled");
		}
		if (!this.clock.instant().isBefore(event.endsAt())) {
			throw ApiException.conflict("EVENT_ENDED", "This event is over");
		}
		this.links.going(caller.id(), event.id(), now());
		this.answers.changed();
		return this.links.goingCounts(List.of(event.id())).getOrDefault(event.id(), 0);
	}

	@Transactional
	int notGoing(Caller caller, String slug) {
		ClubEvent event = this.events.findBySlug(slug).orElseThrow(() -> ApiException.notFound("Event"));
		this.links.notGoing(caller.id(), event.id());
		this.planner.noLongerGoing(caller.id(), event.id());
		this.answers.changed();
		return this.links.goingCounts(List.of(event.id())).getOrDefault(event.id(), 0);
	}

	@Transactional(readOnly = true)
	PreferencesView preferences(Caller caller) {
		return view(member(caller.id()), caller.id());
	}

	@Transactional
	PreferencesView setPreferences(Caller caller, MemberRequests.Preferences wanted) {
		String language = null;
		if (wanted.language() != null) {
			if (!this.languages.known(wanted.language())) {
				throw ApiException.invalid("language",
						"is not one of the club's languages " + String.join(", ", this.languages.all()));
			}
			language = wanted.language();
		}
		ZoneId zone = null;
		if (wanted.timeZone() != null && !wanted.timeZone().isBlank()) {
			try {
				zone = ZoneId.of(wanted.timeZone().strip());
			}
			catch (DateTimeException ex) {
				throw ApiException.invalid("time_zone", "is not an IANA time zone, e.g. Europe/Rome");
			}
		}
		ClubMember member = member(caller.id());
		int hoursBefore = member.reminderHoursBefore();
		member.change(wanted, language, zone, now());
		member = this.members.saveAndFlush(member);
		if (member.reminderHoursBefore() != hoursBefore || !member.reminders()) {
			this.planner.preferencesChanged(member);
		}
		return view(member, caller.id());
	}

	/** A new secret for the personal calendar: the old address stops working. */
	@Transactional
	CalendarLink rotateCalendar(Caller caller) {
		ClubMember member = member(caller.id());
		String token = OpaqueTokens.newToken();
		member.calendarToken(OpaqueTokens.hash(token), now());
		this.members.saveAndFlush(member);
		return new CalendarLink(this.properties.publicUrl() + "/api/v1/club/me/calendar.ics?token=" + token, token);
	}

	@Transactional
	void stopCalendar(Caller caller) {
		ClubMember member = member(caller.id());
		member.calendarToken(null, now());
		this.members.saveAndFlush(member);
	}

	/** The calendar behind a secret token; an unknown token is not found. */
	@Transactional(readOnly = true)
	String calendar(String token) {
		if (token.isBlank() || token.length() > 100) {
			throw ApiException.notFound("Calendar");
		}
		ClubMember member = this.members.findByCalendarTokenHash(OpaqueTokens.hash(token))
			.orElseThrow(() -> ApiException.notFound("Calendar"));
		String language = languageOf(member, member.userId());
		return this.feeds.member("The Dreamer's Cave — mine", this.links.goingTo(member.userId()),
				this.links.favourites(member.userId(), MemberLinks.Target.EVENT),
				this.links.favourites(member.userId(), MemberLinks.Target.VENUE),
				this.links.favourites(member.userId(), MemberLinks.Target.ARTIST), language, member.calendarAlarm());
	}

	/** The member's row, or the defaults not yet stored. */
	ClubMember member(UUID user) {
		return this.members.findById(user).orElseGet(() -> ClubMember.defaults(user, now()));
	}

	/**
	 * The language a member is written to in: their club preference, else their account's
	 * when the club has it, else the club's default.
	 */
	String languageOf(ClubMember member, UUID user) {
		if (member.language() != null && this.languages.known(member.language())) {
			return member.language();
		}
		String account = this.users.find(user).map((u) -> u.language().toLowerCase(Locale.ROOT)).orElse("");
		String base = account.split("[-_]")[0];
		return this.languages.known(base) ? base : this.properties.defaultLanguage();
	}

	private PreferencesView view(ClubMember member, UUID user) {
		MemberRequests.QuietHours quiet = (member.quietFrom() != null && member.quietUntil() != null)
				? new MemberRequests.QuietHours(member.quietFrom(), member.quietUntil()) : null;
		return new PreferencesView(member.newEvents(), member.reminders(), member.reminderHoursBefore(),
				member.eventUpdates(), member.weeklyDigest(), languageOf(member, user),
				member.zone(this.properties.timeZone()).getId(), quiet, member.calendarAlarm(), member.hasCalendar());
	}

	private static MemberLinks.Target target(String kind) {
		return switch (kind) {
			case "venue" -> MemberLinks.Target.VENUE;
			case "artist" -> MemberLinks.Target.ARTIST;
			case "event" -> MemberLinks.Target.EVENT;
			default -> throw ApiException.notFound("Favourite kind");
		};
	}

	private UUID targetId(MemberLinks.Target target, String slug) {
		return switch (target) {
			case VENUE -> this.venues.findBySlug(slug)
				.filter(Venue::active)
				.map(Venue::id)
				.orElseThrow(() -> ApiException.notFound("Venue"));
			case ARTIST -> this.artists.findBySlug(slug)
				.filter(Artist::active)
				.map(Artist::id)
				.orElseThrow(() -> ApiException.notFound("Artist"));
			case EVENT -> this.events.findBySlug(slug)
				.filter((e) -> e.publication() != ClubEvent.Publication.DRAFT)
				.map(ClubEvent::id)
				.orElseThrow(() -> ApiException.notFound("Event"));
		};
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

}
