package io.hearth.club;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.hearth.jobs.JobHandler;
import io.hearth.jobs.Jobs;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decides who is told what about an event, as a background job after the staff's change
 * commits: a published event tells the followers of its venue and artists, a moved one
 * moves its pending reminders and tells whoever goes or was told, a cancelled one cancels
 * what was still to be said and tells the same people. Rows are made at most once (see
 * {@link NotificationRows}), so a job that runs again adds nothing.
 */
@Component
class NotificationPlanner implements JobHandler<NotificationPlanner.Change> {

	static final String JOB = "club.notify";

	/** Lazily: the scheduler runs this bean, and the queue needs the scheduler. */
	private final ObjectProvider<Jobs> jobs;

	private final NotificationRows rows;

	private final MemberLinks links;

	private final ClubEvents events;

	private final ClubMembers members;

	private final Clock clock;

	NotificationPlanner(ObjectProvider<Jobs> jobs, NotificationRows rows, MemberLinks links, ClubEvents events,
			ClubMembers members, Clock clock) {
		this.jobs = jobs;
		this.rows = rows;
		this.links = links;
		this.events = events;
		this.members = members;
		this.clock = clock;
	}

	/** What happened to an event. */
	record Change(UUID eventId, String what) {
	}

	void published(ClubEvent event) {
		this.jobs.getObject().enqueue(JOB, new Change(event.id(), "published"));
	}

	void moved(ClubEvent event) {
		this.jobs.getObject().enqueue(JOB, new Change(event.id(), "moved"));
	}

	void cancelled(ClubEvent event) {
		this.jobs.getObject().enqueue(JOB, new Change(event.id(), "cancelled"));
	}

	@Override
	public String kind() {
		return JOB;
	}

	@Override
	public Class<Change> payloadType() {
		return Change.class;
	}

	@Override
	@Transactional
	public void handle(Change change) {
		ClubEvent event = this.events.findById(change.eventId()).orElse(null);
		if (event == null) {
			return;
		}
		Instant now = now();
		String subject = event.id().toString();
		switch (change.what()) {
			case "published" -> {
				if (event.publication() != ClubEvent.Publication.PUBLISHED || event.unlisted()
						|| !event.startsAt().isAfter(now)) {
					return;
				}
				Set<UUID> audience = wanting(this.links.followers(event), ClubNotification.Kind.NEW_EVENT);
				this.rows.makeOnce(ClubNotification.Kind.NEW_EVENT, subject, event.id(), audience, (u) -> now, now);
			}
			case "moved" -> {
				Map<UUID, ClubMember> known = membersOf(this.rows.pending(ClubNotification.Kind.REMINDER, event.id())
					.stream()
					.map((p) -> p.other())
					.toList());
				for (NotificationRows.Pending reminder : this.rows.pending(ClubNotification.Kind.REMINDER,
						event.id())) {
					this.rows.due(reminder.id(), reminderDue(event, member(known, reminder.other()), now));
				}
				if (event.publication() == ClubEvent.Publication.PUBLISHED && event.endsAt().isAfter(now)) {
					this.rows.makeOnce(ClubNotification.Kind.EVENT_CHANGED, subject, event.id(),
							wanting(interested(event), ClubNotification.Kind.EVENT_CHANGED), (u) -> now, now);
				}
			}
			case "cancelled" -> {
				this.rows.cancelAbout(event.id());
				if (event.endsAt().isAfter(now)) {
					this.rows.makeOnce(ClubNotification.Kind.EVENT_CANCELLED, subject, event.id(),
							wanting(interested(event), ClubNotification.Kind.EVENT_CANCELLED), (u) -> now, now);
				}
			}
			default -> throw new IllegalArgumentException("Unknown change " + change.what());
		}
	}

	/**
	 * Makes the reminders coming due before {@code until} for events starting in the next
	 * week: one per member who follows the event and wants reminders, due their chosen
	 * hours before the start (now, when that moment is past but the event has not begun).
	 * @return how many were made
	 */
	@Transactional
	int remindersDueBy(Instant until) {
		Instant now = now();
		var soon = this.events.findAll(
				(root, query, cb) -> cb.and(cb.equal(root.get("publication"), ClubEvent.Publication.PUBLISHED.value()),
						cb.greaterThan(root.get("startsAt"), now),
						cb.lessThanOrEqualTo(root.get("startsAt"), until.plus(Duration.ofHours(168)))));
		int made = 0;
		for (ClubEvent event : soon) {
			Set<UUID> audience = this.links.audience(event);
			Map<UUID, ClubMember> known = membersOf(audience);
			Set<UUID> due = new HashSet<>();
			for (UUID user : audience) {
				ClubMember member = member(known, user);
				if (member.reminders() && !reminderDue(event, member, now).isAfter(until)) {
					due.add(user);
				}
			}
			made += this.rows.makeOnce(ClubNotification.Kind.REMINDER, event.id().toString(), event.id(), due,
					(user) -> reminderDue(event, member(known, user), now), now);
		}
		return made;
	}

	/**
	 * A member no longer going: their reminder goes unless they still follow the event.
	 */
	void noLongerGoing(UUID user, UUID eventId) {
		ClubEvent event = this.events.findById(eventId).orElse(null);
		if (event != null && !this.links.audience(event).contains(user)) {
			this.rows.pendingOf(user, ClubNotification.Kind.REMINDER)
				.stream()
				.filter((p) -> eventId.equals(p.other()))
				.forEach((p) -> this.rows.cancel(p.id()));
		}
	}

	/** Reminders follow the member's hours, or go when they want none. */
	void preferencesChanged(ClubMember member) {
		Instant now = now();
		for (NotificationRows.Pending pending : this.rows.pendingOf(member.userId(), ClubNotification.Kind.REMINDER)) {
			if (!member.reminders()) {
				this.rows.cancel(pending.id());
				continue;
			}
			this.events.findById(pending.other())
				.ifPresent((event) -> this.rows.due(pending.id(), reminderDue(event, member, now)));
		}
	}

	private static Instant reminderDue(ClubEvent event, ClubMember member, Instant now) {
		Instant due = event.startsAt().minus(Duration.ofHours(member.reminderHoursBefore()));
		return due.isBefore(now) ? now : due;
	}

	/** Who hears that an event changed: whoever follows it or was told about it. */
	private Set<UUID> interested(ClubEvent event) {
		Set<UUID> users = new HashSet<>(this.links.audience(event));
		users.addAll(this.rows.told(event.id()));
		return users;
	}

	private Set<UUID> wanting(Collection<UUID> users, ClubNotification.Kind kind) {
		Map<UUID, ClubMember> known = membersOf(users);
		return users.stream().filter((user) -> member(known, user).wants(kind)).collect(Collectors.toSet());
	}

	private Map<UUID, ClubMember> membersOf(Collection<UUID> users) {
		return users.isEmpty() ? Map.of()
				: this.members.findByUserIdIn(users)
					.stream()
					.collect(Collectors.toMap(ClubMember::userId, Function.identity()));
	}

	private ClubMember member(Map<UUID, ClubMember> known, UUID user) {
		ClubMember member = known.get(user);
		return (member != null) ? member : ClubMember.defaults(user, now());
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

}
