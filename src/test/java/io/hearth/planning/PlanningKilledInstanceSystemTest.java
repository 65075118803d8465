package io.hearth.planning;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;

import io.hearth.support.Api;
import io.hearth.support.Api.Reply;
import io.hearth.support.ChildInstance;
import io.hearth.support.FakeAnthropic;
import io.hearth.support.TestAccounts;
import io.hearth.support.TestAccounts.Account;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A server killed with {@code kill -9} while the model writes an analysis' tabs, and
 * another started on the same database: every tab is written once, by the second, and the
 * credits are spent once. Both are real processes on a fresh embedded H2 file database
 * (the default deployment); the claim rules this relies on are tested on all three
 * databases by {@link PlanningSystemTest}. The model is the fake server, told to hold its
 * answers so the first instance dies mid-call; each instance has its own API key, so the
 * fake knows who asked.
 */
class PlanningKilledInstanceSystemTest {

	static final FakeAnthropic model = new FakeAnthropic();

	static final Duration START = Duration.ofMinutes(3);

	@AfterAll
	static void stop() {
		model.close();
	}

	@Test
	void anInstanceKilledMidGenerationLeavesEveryTabToTheNextWrittenOnceAndTheCreditsSpentOnce() throws Exception {
		Path data = Path.of("target", "kill-test", UUID.randomUUID().toString()).toAbsolutePath();
		// the default deployment's URL (application.yml): H2's own lock file, which a
		// killed process leaves, and commits written at once (without WRITE_DELAY=0 the
		// kill lost the last second or more of them: the grant and the analysis)
		String database = "jdbc:h2:file:" + data.resolve("db/hearth") + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
		String tag = "Killed " + UUID.randomUUID().toString().substring(0, 8);
		String id;
		Account owner;
		int first = freePort();
		model.hold();
		try (ChildInstance killed = ChildInstance.start(database, data.resolve("first.log"),
				settings(data, first, "first-instance-key"))) {
			Api api = healthy(killed, first);
			TestAccounts accounts = new TestAccounts(api);
			owner = accounts.create("user");
			Reply granted = api.as(accounts.admin())
				.post("/api/v1/planning/admin/users/" + owner.id() + "/credits",
						"{\"amount\": 10, \"reason\": \"kill test\"}");
			assertThat(granted.status()).as(granted.toString()).isEqualTo(201);
			Reply created = api.as(owner)
				.post("/api/v1/planning/analyses", PlanningSystemTest.body(tag + " soup kitchen", "premium", "en"));
			assertThat(created.status()).as(created.toString()).isEqualTo(201);
			id = created.json().at("/data/id").asString();
			until(killed, () -> !asked(tag, "first-instance-key").isEmpty());

			assertThat(killed.kill()).as("SIGKILL").isEqualTo(137);
		}
		assertThat(asked(tag, "second-instance-key")).isEmpty();
		model.release();

		int second = freePort();
		try (ChildInstance next = ChildInstance.start(database, data.resolve("second.log"),
				settings(data, second, "second-instance-key"))) {
			Api api = healthy(next, second).as(owner);
			until(next, () -> "ready"
				.equals(api.get("/api/v1/planning/analyses/" + id).json().at("/data/status").asString()));

			JsonNode analysis = api.get("/api/v1/planning/analyses/" + id).json().at("/data");
			assertThat(analysis.path("tabs")).hasSize(6)
				.allSatisfy((tab) -> assertThat(tab.path("content").isObject()).as(tab.toString()).isTrue());
			assertThat(asked(tag, "second-instance-key")).as("each tab asked for once after the restart").hasSize(6);
			JsonNode credits = api.get("/api/v1/planning/credits").json().at("/data");
			assertThat(credits.path("available").asLong()).isZero();
			assertThat(credits.path("held").asLong()).as("the hold captured, not left or doubled").isZero();
		}
	}

	private static List<FakeAnthropic.Request> asked(String tag, String key) {
		return model.requestsAbout(tag).stream().filter((request) -> key.equals(request.apiKey())).toList();
	}

	/**
	 * Heartbeats every second and a watchdog that looks every second, so death shows in
	 * seconds.
	 */
	private static String[] settings(Path data, int port, String key) {
		return new String[] { "server.port=" + port, "hearth.data-dir=" + data, "hearth.jobs.enabled=true",
				"hearth.jobs.heartbeat-interval=1s", "hearth.jobs.threads=8", "hearth.planning.heartbeat-every=1s",
				"hearth.planning.stale-after=5s", "hearth.planning.watchdog-every=1s", "hearth.ai.provider=anthropic",
				"hearth.ai.api-key=" + key, "hearth.ai.base-url=" + model.baseUrl(), "hearth.ai.model=claude-test",
				"hearth.ai.max-retries=0" };
	}

	private static Api healthy(ChildInstance instance, int port) {
		Api api = new Api(port);
		until(instance, () -> {
			try {
				return api.get("/api/v1/health").status() == 200;
			}
			catch (RuntimeException notYet) {
				return false;
			}
		});
		return api;
	}

	/**
	 * Waits for {@code condition}, failing at once (with its output) if the instance
	 * dies.
	 */
	private static void until(ChildInstance instance, Callable<Boolean> condition) {
		try {
			await().atMost(START)
				.pollInterval(Duration.ofMillis(250))
				.failFast("the instance stopped", () -> !instance.alive())
				.until(condition);
		}
		catch (RuntimeException ex) {
			throw new AssertionError(ex.getMessage() + "\n" + instance.tail(), ex);
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
