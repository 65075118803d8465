package io.hearth.jobs;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import io.hearth.platform.Ids;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Enqueues background work. The job row is written in the caller's transaction: no
 * commit, no job.
 */
@Service
public class Jobs {

	private final Scheduler scheduler;

	private final OneTimeTask<JobData> task;

	private final JsonMapper json;

	private final Clock clock;

	Jobs(Scheduler scheduler, OneTimeTask<JobData> task, JsonMapper json, Clock clock) {
		this.scheduler = scheduler;
		this.task = task;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * @param kind the {@link JobHandler#kind()} that will run it
	 * @param payload serialised to JSON with the application's mapper
	 * @return the job's id
	 */
	public String enqueue(String kind, Object payload) {
		String id = Ids.newId().toString();
		this.scheduler.schedule(this.task.instance(id, new JobData(kind, this.json.writeValueAsString(payload))),
				this.clock.instant());
		wakeAfterCommit();
		return id;
	}

	/**
	 * Several jobs of one kind written in one batch: a caller that holds a contended lock
	 * (a credit account) keeps it for one round trip instead of one per job.
	 * @return the jobs' ids, in the payloads' order
	 */
	public List<String> enqueueAll(String kind, List<?> payloads) {
		List<String> ids = new ArrayList<>(payloads.size());
		List<TaskInstance<?>> instances = new ArrayList<>(payloads.size());
		for (Object payload : payloads) {
			String id = Ids.newId().toString();
			ids.add(id);
			instances.add(this.task.instance(id, new JobData(kind, this.json.writeValueAsString(payload))));
		}
		if (!instances.isEmpty()) {
			this.scheduler.scheduleBatch(instances, this.clock.instant());
			wakeAfterCommit();
		}
		return ids;
	}

	private void wakeAfterCommit() {
		// the row is visible to the pollers only after commit: wake this instance's
		// poller then
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					Jobs.this.scheduler.triggerCheckForDueExecutions();
				}
			});
		}
	}

}
