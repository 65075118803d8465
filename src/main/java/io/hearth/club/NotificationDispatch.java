package io.hearth.club;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.hearth.jobs.Jobs;
import io.hearth.jobs.RecurringJob;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every {@code hearth.club.dispatch-every}: hands the notifications that are due to
 * delivery, one job each, unless they fall in the member's quiet hours, in which case
 * they wait for their end. A row is claimed by a conditional update, so a second run or
 * instance never queues it twice.
 */
@Component
class NotificationDispatch implements RecurringJob {

	/** A bound on one run's work; the next run takes the rest. */
	static final int BATCH = 500;

	private final NotificationRows rows;

	private final ClubMembers members;

	private final ClubProperties properties;

	/** Lazily: the scheduler runs this bean, and the queue needs the scheduler. */
	private final ObjectProvider<Jobs> jobs;

	private final Clock clock;

	NotificationDispatch(NotificationRows rows, ClubMembers members, ClubProperties properties,
			ObjectProvider<Jobs> jobs, Clock clock) {
		this.rows = rows;
		this.members = members;
		this.properties = properties;
		this.jobs = jobs;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "club.notifications.dispatch";
	}

	@Override
	public Duration interval() {
		return this.properties.dispatchEvery();
	}

	@Override
	public void run() {
		dispatch();
	}

	/**
	 * @return how many were handed to delivery
	 */
	@Transactional
	int dispatch() {
		Instant now = this.clock.instant();
		var due = this.rows.due(now, BATCH);
		Map<UUID, ClubMember> known = this.members
			.findByUserIdIn(due.stream().map(NotificationRows.Pending::other).toList())
			.stream()
			.collect(Collectors.toMap(ClubMember::userId, Function.identity()));
		int queued = 0;
		for (NotificationRows.Pending pending : due) {
			ClubMember member = known.get(pending.other());
			Instant allowed = (member != null) ? member.sendable(now, this.properties.timeZone()) : now;
			if (allowed.isAfter(now)) {
				this.rows.due(pending.id(), allowed);
			}
			else if (this.rows.claim(pending.id())) {
				this.jobs.getObject().enqueue(NotificationDelivery.JOB, new NotificationDelivery.Send(pending.id()));
				queued++;
			}
		}
		return queued;
	}

}
