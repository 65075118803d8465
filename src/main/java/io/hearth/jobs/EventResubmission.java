package io.hearth.jobs;

import java.time.Duration;

import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.stereotype.Component;

/**
 * Runs again the module listeners that failed (an event whose listener threw stays in the
 * publication registry). Listeners are written to be safe to run twice. Publications
 * younger than {@link #MIN_AGE} are left alone: they may still be running.
 */
@Component
class EventResubmission implements RecurringJob {

	static final Duration MIN_AGE = Duration.ofMinutes(5);

	private final IncompleteEventPublications publications;

	EventResubmission(IncompleteEventPublications publications) {
		this.publications = publications;
	}

	@Override
	public String name() {
		return "events.resubmit";
	}

	@Override
	public Duration interval() {
		return Duration.ofMinutes(5);
	}

	@Override
	public void run() {
		this.publications.resubmitIncompletePublicationsOlderThan(MIN_AGE);
	}

}
