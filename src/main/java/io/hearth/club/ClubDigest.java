package io.hearth.club;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.hearth.jobs.RecurringJob;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The weekly digest: every hour, members who asked for it and whose own week has begun
 * (Monday {@value #HOUR}:00 in their zone, within the day after) get one notification for
 * that week, made at most once by the table's constraint; what it lists — the next seven
 * days of what they follow, and the featured events — is read when it is sent, so a late
 * send is not stale, and a week with nothing for them sends nothing.
 */
@Component
class ClubDigest implements RecurringJob {

	static final DayOfWeek DAY = DayOfWeek.MONDAY;

	static final int HOUR = 9;

	/** A digest lists this many events at most; the page has the rest. */
	static final int MOST = 30;

	private final ClubMembers members;

	private final NotificationRows rows;

	private final MemberLinks links;

	private final ClubEvents events;

	private final ClubProperties properties;

	private final Clock clock;

	ClubDigest(ClubMembers members, NotificationRows rows, MemberLinks links, ClubEvents events,
			ClubProperties properties, Clock clock) {
		this.members = members;
		this.rows = rows;
		this.links = links;
		this.events = events;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "club.digest";
	}

	@Override
	public Duration interval() {
		return Duration.ofHours(1);
	}

	@Override
	public void run() {
		makeDue(this.clock.instant().truncatedTo(ChronoUnit.MICROS));
	}

	/**
	 * @return how many digests were made
	 */
	@Transactional
	int makeDue(Instant now) {
		Map<String, Set<UUID>> byWeek = new HashMap<>();
		for (ClubMember member : this.members.findByWeeklyDigestTrue()) {
			String week = weekBegun(now, member);
			if (week != null) {
				byWeek.computeIfAbsent(week, (k) -> new HashSet<>()).add(member.userId());
			}
		}
		int made = 0;
		for (Map.Entry<String, Set<UUID>> week : byWeek.entrySet()) {
			made += this.rows.makeOnce(ClubNotification.Kind.WEEKLY_DIGEST, "digest/" + week.getKey(), null,
					week.getValue(), (user) -> now, now);
		}
		return made;
	}

	/**
	 * The member's week ({@code 2026-W49}) when its digest time has come and is less than
	 * a day old; {@code null} otherwise.
	 */
	String weekBegun(Instant now, ClubMember member) {
		ZonedDateTime local = now.atZone(member.zone(this.properties.timeZone()));
		ZonedDateTime start = local.with(TemporalAdjusters.previousOrSame(DAY))
			.toLocalDate()
			.atTime(LocalTime.of(HOUR, 0))
			.atZone(local.getZone());
		if (local.isBefore(start) || !local.isBefore(start.plusDays(1))) {
			return null;
		}
		return "%d-W%02d".formatted(start.get(IsoFields.WEEK_BASED_YEAR), start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
	}

	/**
	 * What the digest of {@code user} lists from {@code now}: the next seven days'
	 * published events they go to or follow (by venue, artist or the event itself), and
	 * the featured ones, by start.
	 */
	@Transactional(readOnly = true)
	List<ClubEvent> week(UUID user, Instant now) {
		Set<UUID> chosen = new HashSet<>(this.links.goingTo(user));
		chosen.addAll(this.links.favourites(user, MemberLinks.Target.EVENT));
		List<UUID> venues = this.links.favourites(user, MemberLinks.Target.VENUE);
		List<UUID> artists = this.links.favourites(user, MemberLinks.Target.ARTIST);
		Instant until = now.plus(Duration.ofDays(7));
		Specification<ClubEvent> followed = ClubFeeds.following(chosen, venues, artists);
		Specification<ClubEvent> spec = (root, query, cb) -> cb.and(
				cb.equal(root.get("publication"), ClubEvent.Publication.PUBLISHED.value()),
				cb.greaterThan(root.get("startsAt"), now), cb.lessThan(root.get("startsAt"), until),
				cb.or(cb.and(cb.isTrue(root.get("featured")), cb.isFalse(root.get("unlisted"))),
						followed.toPredicate(root, query, cb)));
		return this.events.findBy(spec, (q) -> q.sortBy(Sort.by("startsAt", "id")).limit(MOST).all());
	}

}
