package io.hearth.planning;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.hearth.jobs.Jobs;
import io.hearth.jobs.RecurringJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tabs whose worker died (its heartbeat stopped: a {@code kill -9}, a lost instance) go
 * back to the queue with a new job; the claim's attempt number keeps a slow worker that
 * comes back from writing over its replacement. Old text progress is pruned here too: a
 * stream that reconnects later starts from the analysis' state.
 */
@Component
class TabWatchdog implements RecurringJob {

	private static final Logger log = LoggerFactory.getLogger(TabWatchdog.class);

	private static final Duration KEEP_TEXT = Duration.ofHours(1);

	private final TabRows tabs;

	private final ProgressLog progress;

	private final ObjectProvider<Jobs> jobs;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final PlanningProperties properties;

	TabWatchdog(TabRows tabs, ProgressLog progress, ObjectProvider<Jobs> jobs, TransactionTemplate transactions,
			Clock clock, PlanningProperties properties) {
		this.tabs = tabs;
		this.progress = progress;
		this.jobs = jobs;
		this.transactions = transactions;
		this.clock = clock;
		this.properties = properties;
	}

	@Override
	public String name() {
		return "planning.watchdog";
	}

	@Override
	public Duration interval() {
		return this.properties.watchdogEvery();
	}

	@Override
	public void run() {
		Instant now = this.clock.instant();
		Integer requeued = this.transactions.execute((status) -> {
			List<TabRows.Row> stale = this.tabs.requeueStale(now.minus(this.properties.staleAfter()), now);
			for (TabRows.Row tab : stale) {
				this.jobs.getObject().enqueue(TabGeneration.KIND, new TabGeneration.Payload(tab.id()));
				this.progress.append(tab.analysis(), ProgressLog.TAB, tab.tab(),
						TabGeneration.statusData(tab.tab(), tab.revision(), TabRows.QUEUED));
			}
			return stale.size();
		});
		if (requeued != null && requeued > 0) {
			log.info("Queued {} planning tabs again whose worker stopped", requeued);
		}
		this.progress.prune(now.minus(KEEP_TEXT));
	}

}
