package io.hearth.platform;

/**
 * A module's rows whose stored search terms were made by an older
 * {@link SearchTokens#VERSION} (or never): brought up to date in batches, each in its own
 * transaction, so that an interrupted reindex continues where it stopped. Run by
 * {@code hearth reindex} and, in the background, by a recurring job.
 */
public interface SearchReindexer {

	/** What {@code hearth reindex <name>} calls it: the module's name. */
	String name();

	long stale();

	/**
	 * @return how many rows were brought up to date; 0 when none is left
	 */
	int reindexBatch();

}
