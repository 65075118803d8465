package io.hearth.club;

import java.time.Duration;

import io.hearth.jobs.RecurringJob;

import org.springframework.stereotype.Component;

/** Every minute: the drafts whose {@code publish_at} has come are published. */
@Component
class ClubPublisher implements RecurringJob {

	private final EventPlanning planning;

	ClubPublisher(EventPlanning planning) {
		this.planning = planning;
	}

	@Override
	public String name() {
		return "club.events.publish-at";
	}

	@Override
	public Duration interval() {
		return Duration.ofMinutes(1);
	}

	@Override
	public void run() {
		this.planning.publishDue();
	}

}
