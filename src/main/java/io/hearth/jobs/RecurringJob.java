package io.hearth.jobs;

import java.time.Duration;

/**
 * Work that repeats (housekeeping). Declare implementations as beans; each runs on one
 * instance per interval, whichever instance picks it up, and its schedule survives
 * restarts.
 */
public interface RecurringJob {

	/** A stable name: it identifies the schedule in the queue table. */
	String name();

	Duration interval();

	void run() throws Exception;

}
