package io.hearth.ops;

import java.time.Duration;
import java.util.List;

import io.hearth.jobs.RecurringJob;
import io.hearth.platform.SearchReindexer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Brings stale search terms up to date in the background (after an upgrade of the
 * tokenizer, a change of a category's fields, or rows seeded without terms): a few
 * batches a minute on one instance, so that a large table is done without stopping
 * anything.
 */
@Component
class SearchReindexJob implements RecurringJob {

	static final int BATCHES_PER_RUN = 40;

	private static final Logger log = LoggerFactory.getLogger(SearchReindexJob.class);

	private final List<SearchReindexer> reindexers;

	SearchReindexJob(List<SearchReindexer> reindexers) {
		this.reindexers = reindexers;
	}

	@Override
	public String name() {
		return "search.reindex";
	}

	@Override
	public Duration interval() {
		return Duration.ofMinutes(1);
	}

	@Override
	public void run() {
		for (SearchReindexer reindexer : this.reindexers) {
			int done = 0;
			for (int i = 0; i < BATCHES_PER_RUN; i++) {
				int batch = reindexer.reindexBatch();
				done += batch;
				if (batch == 0) {
					break;
				}
			}
			if (done > 0) {
				log.info("Reindexed {} rows of {} ({} still stale)", done, reindexer.name(), reindexer.stale());
			}
		}
	}

}
