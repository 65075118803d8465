package io.hearth.jobs;

/**
 * Runs one kind of job. Declare implementations as beans; {@link Jobs#enqueue} names the
 * kind. A handler that throws is retried with backoff, so handlers must tolerate running
 * again for the same payload (a crash after the work but before completion is recorded
 * re-runs it).
 *
 * @param <T> the payload type, serialised as JSON while the job waits
 */
public interface JobHandler<T> {

	/**
	 * A stable name, stored with every queued job of this kind: renaming it strands
	 * queued jobs.
	 */
	String kind();

	Class<T> payloadType();

	void handle(T payload) throws Exception;

	/**
	 * Called once when the job has failed its last retry and is given up, so that what
	 * waited for it can say so (a photo shows {@code failed} instead of processing for
	 * ever). It must not throw; a failure here is logged.
	 */
	default void gaveUp(T payload) {
	}

}
