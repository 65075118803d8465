package io.hearth.club;

import java.time.Clock;
import java.time.Duration;

import io.hearth.jobs.RecurringJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Every {@code hearth.club.reminders-every}: makes the reminders that come due before the
 * next run (and a little after, so none is late for a slow run), and hands what is due to
 * delivery at once.
 */
@Component
class ClubReminders implements RecurringJob {

	private static final Logger log = LoggerFactory.getLogger(ClubReminders.class);

	private final NotificationPlanner planner;

	private final NotificationDispatch dispatch;

	private final ClubProperties properties;

	private final Clock clock;

	ClubReminders(NotificationPlanner planner, NotificationDispatch dispatch, ClubProperties properties, Clock clock) {
		this.planner = planner;
		this.dispatch = dispatch;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "club.reminders";
	}

	@Override
	public Duration interval() {
		return this.properties.remindersEvery();
	}

	@Override
	public void run() {
		long started = System.nanoTime();
		int made = this.planner
			.remindersDueBy(this.clock.instant().plus(this.properties.remindersEvery().multipliedBy(2)));
		long planned = System.nanoTime();
		int handed = this.dispatch.dispatch();
		// what operators (and bench/club.sh) read the reminder run's cost from
		log.info("club.reminders: {} reminders made in {} ms, {} notifications handed to delivery in {} ms", made,
				(planned - started) / 1_000_000, handed, (System.nanoTime() - planned) / 1_000_000);
	}

}
