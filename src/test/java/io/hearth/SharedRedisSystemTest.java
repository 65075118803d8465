package io.hearth;

import java.net.http.HttpResponse;
import java.util.Map;

import io.hearth.support.Api;
import io.hearth.support.Api.Reply;
import io.hearth.support.DatabaseAvailableCondition;
import io.hearth.support.Instances;
import io.hearth.support.Pages;
import io.hearth.support.SiteFixture;
import io.hearth.support.TestAccounts;
import io.hearth.support.TestAccounts.Account;
import io.hearth.support.TestRedis;
import io.lettuce.core.RedisClient;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

import static io.hearth.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/** Two application instances sharing one database and one Redis behave as one. */
@Tag("db")
@ExtendWith({ DatabaseAvailableCondition.class, TestRedis.Available.class })
@io.hearth.support.DatabaseIndependent
class SharedRedisSystemTest {

	/** Per IP and window; big enough for the logins of a site fixture. */
	static final int AUTH_BUDGET = 20;

	static Instances instances = new Instances();

	static Api a;

	static Api b;

	static ConfigurableApplicationContext contextA;

	static ConfigurableApplicationContext contextB;

	@BeforeAll
	static void start() {
		String[] settings = { "hearth.redis.url=" + TestRedis.url(), "hearth.rate-limit.auth=" + AUTH_BUDGET };
		contextA = instances.start(new Class<?>[0], settings);
		contextB = instances.start(new Class<?>[0], settings);
		a = Instances.api(contextA);
		b = Instances.api(contextB);
	}

	@AfterAll
	static void stop() {
		instances.close();
	}

	private static int port(ConfigurableApplicationContext context) {
		return Integer.parseInt(context.getEnvironment().getProperty("local.server.port", "0"));
	}

	private static java.util.List<String> redisKeys(String pattern) {
		RedisClient client = RedisClient.create(TestRedis.url());
		try (StatefulRedisConnection<String, String> connection = client.connect()) {
			return connection.sync().scan(ScanArgs.Builder.matches(pattern).limit(10_000)).getKeys();
		}
		finally {
			client.shutdown();
		}
	}

	@BeforeEach
	void forgetBudgets() {
		RedisClient client = RedisClient.create(TestRedis.url());
		try (StatefulRedisConnection<String, String> connection = client.connect()) {
			var keys = connection.sync().scan(ScanArgs.Builder.matches("hearth:rate:*").limit(10_000)).getKeys();
			if (!keys.isEmpty()) {
				connection.sync().del(keys.toArray(String[]::new));
			}
		}
		finally {
			client.shutdown();
		}
	}

	@Test
	void shouldKeepAPageSessionInRedisSignedInOnBothInstancesUntilSignedOutOnEither() {
		Account user = new TestAccounts(a).create("user");
		Pages onA = new Pages(port(contextA));
		assertThat(onA.signIn(user.username(), TestAccounts.PASSWORD).statusCode()).isEqualTo(302);
		String session = onA.cookie("HEARTH_SESSION");
		assertThat(session).isNotNull();
		assertThat(contextA.getBeansOfType(JdbcIndexedSessionRepository.class)).isEmpty();
		assertThat(redisKeys("hearth:session:sessions:*")).isNotEmpty();

		Pages onB = new Pages(port(contextB));
		onB.setCookie("HEARTH_SESSION", session);
		HttpResponse<String> account = onB.get("/account");
		assertThat(account.statusCode()).isEqualTo(200);
		assertThat(account.body()).contains(user.username());

		assertThat(onB.submit("/signout", Map.of()).statusCode()).isEqualTo(302);
		HttpResponse<String> after = onA.get("/account");
		assertThat(after.statusCode()).isEqualTo(302);
		assertThat(after.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).contains("/signin"));
	}

	@Test
	void shouldRefuseOnOneInstanceATokenLoggedOutOnTheOther() {
		Account user = new TestAccounts(a).create("user");
		assertThat(b.get("/api/v1/auth/me", "Authorization", user.bearer()).status()).isEqualTo(200);
		assertThat(a.post("/api/v1/auth/logout", null, "Authorization", user.bearer()).status()).isEqualTo(204);
		assertProblem(b.get("/api/v1/auth/me", "Authorization", user.bearer()), 401, "UNAUTHENTICATED");
	}

	@Test
	void shouldShowOnOneInstanceTheItemAsLastChangedOnTheOther() {
		Account owner = new TestAccounts(a).create("user");
		Reply category = a.post("/api/v1/collections/categories",
				"{\"name\": \"Stamps\", \"fields\": [{\"key\": \"year\", \"label\": \"Year\", \"type\": \"number\"}]}",
				"Authorization", owner.bearer());
		assertThat(category.status()).as(category.toString()).isEqualTo(201);
		String categoryId = category.json().at("/data/id").asString();
		Reply created = a.post("/api/v1/collections/items",
				"{\"name\": \"Penny Black\", \"category_id\": \"" + categoryId + "\", \"values\": {\"year\": 1840}}",
				"Authorization", owner.bearer());
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		String item = "/api/v1/collections/items/" + created.json().at("/data/id").asString();
		// read twice on b, so that b serves it from its cache if it keeps one
		assertThat(b.get(item, "Authorization", owner.bearer()).json().at("/data/name").asString())
			.isEqualTo("Penny Black");
		Reply cached = b.get(item, "Authorization", owner.bearer());

		Reply renamed = a.send("PATCH", item, "{\"name\": \"Penny Red\"}", "Authorization", owner.bearer(), "If-Match",
				cached.header("ETag"));
		assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
		assertThat(b.get(item, "Authorization", owner.bearer()).json().at("/data/name").asString())
			.isEqualTo("Penny Red");

		Reply category2 = a.send("PATCH", "/api/v1/collections/categories/" + categoryId,
				"{\"name\": \"Postage stamps\"}", "Authorization", owner.bearer());
		assertThat(category2.status()).as(category2.toString()).isEqualTo(200);
		assertThat(b.get(item, "Authorization", owner.bearer()).json().at("/data/category_name").asString())
			.isEqualTo("Postage stamps");

		assertThat(a.delete(item, "Authorization", owner.bearer()).status()).isEqualTo(204);
		assertProblem(b.get(item, "Authorization", owner.bearer()), 404, "NOT_FOUND");
	}

	@Test
	void shouldApplyOnOneInstanceAMembershipChangedOnTheOther() {
		SiteFixture f = new SiteFixture(a);
		String site = f.site.toString();
		assertThat(b.get("/api/v1/interactions", "Authorization", f.viewer.bearer(), "X-Site-Id", site).status())
			.isEqualTo(200);
		assertProblem(b.post("/api/v1/interactions", SiteFixture.body("x"), "Authorization", f.viewer.bearer(),
				"X-Site-Id", site), 403, "FORBIDDEN");

		a.put("/api/v1/sites/" + site + "/members/" + f.viewer.id(), "{\"role\": \"editor\"}", "Authorization",
				f.siteAdmin.bearer());
		assertThat(b
			.post("/api/v1/interactions", SiteFixture.body("Promoted"), "Authorization", f.viewer.bearer(), "X-Site-Id",
					site)
			.status()).isEqualTo(201);

		a.delete("/api/v1/sites/" + site + "/members/" + f.viewer.id(), "Authorization", f.siteAdmin.bearer());
		assertProblem(b.get("/api/v1/interactions", "Authorization", f.viewer.bearer(), "X-Site-Id", site), 403,
				"SITE_FORBIDDEN");
	}

	@Test
	void shouldShareOneRateLimitBudgetAcrossInstances() {
		for (int i = 0; i < AUTH_BUDGET; i++) {
			Api instance = (i % 2 == 0) ? a : b;
			Reply reply = instance.post("/api/v1/auth/login",
					"{\"login\": \"nobody\", \"password\": \"Whatever-123\"}");
			assertThat(reply.status()).as("attempt %d", i + 1).isEqualTo(401);
		}
		assertProblem(a.post("/api/v1/auth/login", "{\"login\": \"nobody\", \"password\": \"Whatever-123\"}"), 429,
				"RATE_LIMITED");
		assertProblem(b.post("/api/v1/auth/login", "{\"login\": \"nobody\", \"password\": \"Whatever-123\"}"), 429,
				"RATE_LIMITED");
	}

}
