package io.hearth.files;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import io.hearth.support.Api;
import io.hearth.support.Api.Part;
import io.hearth.support.Api.Reply;
import io.hearth.support.SystemTest;
import io.hearth.support.TestAccounts;
import io.hearth.support.TestAccounts.Account;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import static io.hearth.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.doThrow;

/**
 * A photo whose processing job is given up says {@code failed} (it said "processing" for
 * ever), and its owner can have it processed again. The real storage refuses reads of the
 * upload while the test says so.
 */
@SystemTest
@TestPropertySource(properties = { "hearth.jobs.enabled=true", "hearth.jobs.max-retries=0" })
@DirtiesContext
class PhotoProcessingFailureSystemTest {

	@LocalServerPort
	int port;

	@MockitoSpyBean
	ByteStore store;

	@Test
	void shouldSayFailedWhenProcessingIsGivenUpAndProcessAgainOnRetry() throws IOException {
		Api api = new Api(this.port);
		Account owner = new TestAccounts(api).create("user");
		Reply category = api.post("/api/v1/collections/categories", "{\"name\": \"Shots\"}", "Authorization",
				owner.bearer());
		String categoryId = category.json().at("/data/id").asString();
		doThrow(new IOException("storage unavailable")).when(this.store)
			.open(any(UUID.class), eq(FileManagement.UPLOAD));
		byte[] png = getClass().getResourceAsStream("/images/alpha.png").readAllBytes();
		Reply created = api.multipart("/api/v1/collections/items",
				List.of(Part.text("data", "{\"name\": \"Shot\", \"category_id\": \"" + categoryId + "\"}"),
						Part.file("photos", "a.png", png)),
				"Authorization", owner.bearer());
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		String item = created.json().at("/data/id").asString();
		String photo = created.json().at("/data/photos/0/id").asString();
		String path = "/api/v1/collections/items/" + item;
		String retry = path + "/photos/" + photo + "/retry";

		await().atMost(Duration.ofSeconds(30))
			.until(() -> api.get(path, "Authorization", owner.bearer()).json().at("/data/photos/0/status").asString(),
					"failed"::equals);

		doCallRealMethod().when(this.store).open(any(UUID.class), eq(FileManagement.UPLOAD));
		Account stranger = new TestAccounts(api).create("user");
		assertProblem(api.post(retry, null, "Authorization", stranger.bearer()), 404, "NOT_FOUND");
		Reply retried = api.post(retry, null, "Authorization", owner.bearer());
		assertThat(retried.status()).as(retried.toString()).isEqualTo(202);
		assertThat(retried.json().at("/data/status").asString()).isEqualTo("processing");
		await().atMost(Duration.ofSeconds(30))
			.until(() -> api.get(path, "Authorization", owner.bearer()).json().at("/data/photos/0/status").asString(),
					"ready"::equals);
		assertProblem(api.post(retry, null, "Authorization", owner.bearer()), 409, "NOT_FAILED");
	}

}
