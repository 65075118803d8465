package io.hearth.jobs;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.hearth.support.DatabaseAvailableCondition;
import io.hearth.support.Instances;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The job queue across instances: jobs enqueued where no runner is active wait in the
 * database, then two runner instances share them so that each runs exactly once; failures
 * are retried with backoff, and a job that keeps failing is given up and recorded.
 */
@Tag("db")
@ExtendWith(DatabaseAvailableCondition.class)
class JobsSystemTest {

	static final int JOBS = 30;

	static final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();

	static final Map<String, AtomicInteger> successes = new ConcurrentHashMap<>();

	static final CountDownLatch done = new CountDownLatch(JOBS);

	static Instances instances = new Instances();

	@AfterAll
	static void stop() {
		instances.close();
	}

	@Test
	void shouldRunEachJobOnceAcrossInstancesRetryFailuresAndRecordTheHopeless() throws Exception {
		String[] common = { "hearth.jobs.max-retries=3", "hearth.jobs.retry-backoff=50ms",
				"hearth.jobs.poll-interval=100ms" };
		ConfigurableApplicationContext producer = instances.start(new Class<?>[] { Counting.class },
				concat(common, "hearth.jobs.enabled=false"));
		Jobs jobs = producer.getBean(Jobs.class);
		JdbcTemplate jdbc = new JdbcTemplate(producer.getBean(javax.sql.DataSource.class));
		String run = Long.toString(System.nanoTime(), 36);

		// enqueued in a transaction that rolls back: no job
		new TransactionTemplate(producer.getBean(org.springframework.transaction.PlatformTransactionManager.class))
			.executeWithoutResult((status) -> {
				jobs.enqueue(Counting.KIND, new Counting.Payload(run + "-rolled-back", 0));
				status.setRollbackOnly();
			});
		java.util.List<String> ids = new java.util.ArrayList<>();
		for (int i = 0; i < JOBS; i++) {
			// job 0 fails twice before it succeeds
			ids.add(jobs.enqueue(Counting.KIND, new Counting.Payload(run + "-" + i, (i == 0) ? 2 : 0)));
		}
		String hopeless = jobs.enqueue(Counting.KIND, new Counting.Payload(run + "-hopeless", Integer.MAX_VALUE));
		ids.add(hopeless);
		assertThat(queued(jdbc, ids)).as("waiting in the database, nobody runs them").isEqualTo(JOBS + 1);

		instances.start(new Class<?>[] { Counting.class }, concat(common, "hearth.jobs.enabled=true"));
		instances.start(new Class<?>[] { Counting.class }, concat(common, "hearth.jobs.enabled=true"));
		assertThat(done.await(60, TimeUnit.SECONDS)).as("all jobs ran").isTrue();

		await().atMost(Duration.ofSeconds(30))
			.until(() -> jdbc.queryForObject("SELECT COUNT(*) FROM job_failures WHERE job_id = ?", Integer.class,
					hopeless) == 1);
		for (int i = 0; i < JOBS; i++) {
			assertThat(successes.get(run + "-" + i)).as("job %d", i).hasValue(1);
		}
		assertThat(attempts.get(run + "-0")).as("two failures, then success").hasValue(3);
		assertThat(attempts.get(run + "-hopeless")).as("first attempt and three retries").hasValue(4);
		assertThat(attempts).doesNotContainKey(run + "-rolled-back");
		assertThat(jdbc.queryForObject("SELECT error FROM job_failures WHERE job_id = ?", String.class, hopeless))
			.contains("deliberate failure");
		assertThat(queued(jdbc, ids)).as("finished jobs leave the queue").isZero();
	}

	private static int queued(JdbcTemplate jdbc, java.util.List<String> ids) {
		int count = 0;
		for (String id : ids) {
			count += jdbc.queryForObject("SELECT COUNT(*) FROM scheduled_tasks WHERE task_instance = ?", Integer.class,
					id);
		}
		return count;
	}

	private static String[] concat(String[] common, String extra) {
		String[] all = java.util.Arrays.copyOf(common, common.length + 1);
		all[common.length] = extra;
		return all;
	}

	/** A job that counts its runs and fails as often as its payload says. */
	@TestConfiguration
	static class Counting {

		static final String KIND = "test.counting";

		record Payload(String id, int failTimes) {
		}

		@Bean
		JobHandler<Payload> countingJob() {
			return new JobHandler<>() {
				@Override
				public String kind() {
					return KIND;
				}

				@Override
				public Class<Payload> payloadType() {
					return Payload.class;
				}

				@Override
				public void handle(Payload payload) {
					int attempt = attempts.computeIfAbsent(payload.id(), (k) -> new AtomicInteger()).incrementAndGet();
					if (attempt <= payload.failTimes()) {
						throw new IllegalStateException("deliberate failure " + attempt);
					}
					successes.computeIfAbsent(payload.id(), (k) -> new AtomicInteger()).incrementAndGet();
					if (!payload.id().endsWith("hopeless")) {
						done.countDown();
					}
				}
			};
		}

	}

}
