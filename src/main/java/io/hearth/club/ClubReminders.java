package io.hearth.club;

import java.time.Clock;
import java.time.Duration;

import io.hearth.jobs.RecurringJob;

import org.springframework.stereotype.Component;

/**
 * Every {@code hearth.club.reminders-every}: makes the reminders that come due before the
 * next run (and a little after, so none is late for a slow run), and hands what is due to
 * delivery at once.
 */
@Component
class ClubReminders implements RecurringJob {

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
		this.planner.remindersDueBy(this.clock.instant().plus(this.properties.remindersEvery().multipliedBy(2)));
		this.dispatch.dispatch();
	}

}
