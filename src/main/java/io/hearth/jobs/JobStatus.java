package io.hearth.jobs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.ScheduledExecution;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * What admins and health checks see of the queue. Payloads are never shown: they may hold
 * tokens.
 */
@Service
public class JobStatus {

	private final Scheduler scheduler;

	private final JdbcTemplate jdbc;

	JobStatus(Scheduler scheduler, javax.sql.DataSource dataSource) {
		this.scheduler = scheduler;
		this.jdbc = new JdbcTemplate(dataSource);
	}

	public Summary summary() {
		List<Queued> queued = new ArrayList<>();
		int running = 0;
		int failing = 0;
		for (ScheduledExecution<Object> execution : this.scheduler.getScheduledExecutions()) {
			JobData data = (execution.getData() instanceof JobData job) ? job : null;
			queued.add(new Queued(execution.getTaskInstance().getId(),
					(data != null) ? data.kind() : execution.getTaskInstance().getTaskName(),
					execution.getExecutionTime(), execution.isPicked(), execution.getConsecutiveFailures(),
					execution.getLastFailure()));
			running += execution.isPicked() ? 1 : 0;
			failing += (execution.getConsecutiveFailures() > 0) ? 1 : 0;
		}
		List<Failed> failed = this.jdbc.query(
				"SELECT job_id, kind, attempts, error, failed_at FROM job_failures ORDER BY failed_at DESC LIMIT 50",
				(row, i) -> new Failed(row.getString(1), row.getString(2), row.getInt(3), row.getString(4),
						row.getTimestamp(5).toInstant()));
		return new Summary(this.scheduler.getSchedulerState().isStarted(), queued.size(), running, failing,
				queued.stream().limit(100).toList(), failed);
	}

	/**
	 * @param started whether this instance runs jobs
	 * @param queued jobs waiting or running, across all instances
	 */
	public record Summary(boolean started, int queued, int running, int failing, List<Queued> jobs,
			List<Failed> givenUp) {
	}

	public record Queued(String id, String kind, Instant runAt, boolean running, int consecutiveFailures,
			@Nullable Instant lastFailure) {
	}

	public record Failed(String id, String kind, int attempts, String error, Instant failedAt) {
	}

}
