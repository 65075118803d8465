package io.hearth.jobs;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.serializer.Serializer;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

@Configuration(proxyBeanMethods = false)
class JobsConfiguration {

	private static final Logger log = LoggerFactory.getLogger(JobsConfiguration.class);

	static final String TASK = "hearth-job";

	@Bean
	OneTimeTask<JobData> hearthJob(List<JobHandler<?>> handlers, JsonMapper json, JobsProperties properties,
			DataSource dataSource, java.time.Clock clock) {
		Map<String, JobHandler<?>> byKind = handlers.stream()
			.collect(Collectors.toMap(JobHandler::kind, Function.identity()));
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		FailureHandler<JobData> backoff = new FailureHandler.ExponentialBackoffFailureHandler<>(
				properties.retryBackoff(), 2.0);
		FailureHandler<JobData> failure = new FailureHandler.MaxRetriesFailureHandler<>(properties.maxRetries(),
				backoff, (complete, operations) -> {
					JobData data = (JobData) complete.getExecution().taskInstance.getData();
					String error = complete.getCause().map(Throwable::toString).orElse("unknown");
					log.error("Job {} ({}) failed {} times and was given up: {}",
							complete.getExecution().taskInstance.getId(), data.kind(),
							complete.getExecution().consecutiveFailures + 1, error);
					jdbc.update(
							"INSERT INTO job_failures (id, kind, job_id, attempts, error, failed_at) VALUES (?, ?, ?, ?, ?, ?)",
							io.hearth.platform.Ids.newId(), data.kind(), complete.getExecution().taskInstance.getId(),
							complete.getExecution().consecutiveFailures + 1, abbreviate(error),
							java.sql.Timestamp.from(clock.instant()));
					JobHandler<?> handler = byKind.get(data.kind());
					if (handler != null) {
						gaveUp(handler, data.payload(), json);
					}
					operations.stop();
				});
		return Tasks.oneTime(TASK, JobData.class)
			.onFailure(failure)
			.onDeadExecutionRevive()
			.execute((instance, context) -> {
				JobData data = instance.getData();
				JobHandler<?> handler = byKind.get(data.kind());
				if (handler == null) {
					throw new IllegalStateException("No handler for job kind " + data.kind());
				}
				run(handler, data.payload(), json);
			});
	}

	private static <T> void run(JobHandler<T> handler, String payload, JsonMapper json) {
		try {
			handler.handle(json.readValue(payload, handler.payloadType()));
		}
		catch (RuntimeException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new IllegalStateException("Job " + handler.kind() + " failed: " + ex.getMessage(), ex);
		}
	}

	private static <T> void gaveUp(JobHandler<T> handler, String payload, JsonMapper json) {
		try {
			handler.gaveUp(json.readValue(payload, handler.payloadType()));
		}
		catch (RuntimeException ex) {
			log.error("Job kind {} failed to record that it was given up", handler.kind(), ex);
		}
	}

	private static String abbreviate(String error) {
		return (error.length() <= 1000) ? error : error.substring(0, 997) + "...";
	}

	@Bean
	Scheduler scheduler(DataSource dataSource, OneTimeTask<JobData> hearthJob, JsonMapper json,
			JobsProperties properties, List<RecurringJob> recurring) {
		List<RecurringTask<Void>> recurringTasks = recurring.stream()
			.map((job) -> Tasks.recurring(job.name(), FixedDelay.of(job.interval())).execute((instance, context) -> {
				try {
					job.run();
				}
				catch (RuntimeException ex) {
					throw ex;
				}
				catch (Exception ex) {
					throw new IllegalStateException("Recurring job " + job.name() + " failed: " + ex.getMessage(), ex);
				}
			}))
			.toList();
		Serializer serializer = new Serializer() {
			@Override
			public byte[] serialize(Object data) {
				return json.writeValueAsBytes(data);
			}

			@Override
			public <T> T deserialize(Class<T> type, byte[] bytes) {
				return json.readValue(bytes, type);
			}
		};
		// the proxy lets Jobs.enqueue write the job row inside the caller's transaction
		return Scheduler.create(new TransactionAwareDataSourceProxy(dataSource), hearthJob)
			.startTasks(recurringTasks)
			.tableName("scheduled_tasks")
			.serializer(serializer)
			.threads(properties.threads())
			.pollingInterval(properties.pollInterval())
			.heartbeatInterval(properties.heartbeatInterval())
			.enableImmediateExecution()
			.alwaysPersistTimestampInUTC()
			.shutdownMaxWait(Duration.ofSeconds(10))
			.build();
	}

	/** Starts polling once the application is up, and stops before the pool closes. */
	@Bean
	SmartLifecycle schedulerLifecycle(Scheduler scheduler, JobsProperties properties) {
		return new SmartLifecycle() {
			private volatile boolean running;

			@Override
			public void start() {
				if (properties.enabled()) {
					scheduler.start();
					this.running = true;
				}
			}

			@Override
			public void stop() {
				if (this.running) {
					scheduler.stop();
					this.running = false;
				}
			}

			@Override
			public boolean isRunning() {
				return this.running;
			}
		};
	}

	/**
	 * @param enabled whether this instance runs jobs (all instances may enqueue)
	 * @param threads parallel jobs per instance
	 * @param pollInterval how often other instances' jobs are picked up (own jobs start
	 * at once)
	 * @param heartbeatInterval liveness signal; a job whose instance misses several is
	 * run again
	 * @param maxRetries attempts after the first before a job is given up and recorded
	 * @param retryBackoff delay before the first retry, doubling each time
	 */
	@ConfigurationProperties("hearth.jobs")
	record JobsProperties(boolean enabled, int threads, Duration pollInterval, Duration heartbeatInterval,
			int maxRetries, Duration retryBackoff) {
	}

}
