package io.hearth.files;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import io.hearth.support.Api.Part;
import io.hearth.support.Api.Reply;
import io.hearth.support.ApiSystemTest;
import io.hearth.support.TestAccounts.Account;
import org.junit.jupiter.api.Test;

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
@TestPropertySource(properties = { "hearth.jobs.enabled=true", "hearth.jobs.max-retries=0" })
@DirtiesContext
class PhotoProcessingFailureSystemTest extends ApiSystemTest {

	@MockitoSpyBean
	ByteStore store;

	@Test
	void shouldSayFailedWhenProcessingIsGivenUpAndProcessAgainOnRetry() throws IOException {
		Account owner = this.accounts.create("user");
		Reply category = this.api.post("/api/v1/collections/categories", "{\"name\": \"Shots\"}", "Authorization",
				owner.bearer());
		String categoryId = category.json().at("/data/id").asString();
		doThrow(new IOException("storage unavailable")).when(this.store)
			.open(any(UUID.class), eq(FileManagement.UPLOAD));
		byte[] png = getClass().getResourceAsStream("/images/alpha.png").readAllBytes();
		Reply created = this.api.multipart("/api/v1/collections/items",
				List.of(Part.text("data", "{\"name\": \"Shot\", \"category_id\": \"" + categoryId + "\"}"),
						Part.file("photos", "a.png", png)),
				"Authorization", owner.bearer());
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		String item = created.json().at("/data/id").asString();
		String photo = created.json().at("/data/photos/0/id").asString();
		String path = "/api/v1/collections/items/" + item;
		String retry = path + "/photos/" + photo + "/retry";

		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.api.as(owner).get(path).json().at("/data/photos/0/status").asString(), "failed"::equals);

		doCallRealMethod().when(this.store).open(any(UUID.class), eq(FileManagement.UPLOAD));
		Account stranger = this.accounts.create("user");
		assertProblem(this.api.as(stranger).post(retry, null), 404, "NOT_FOUND");
		Reply retried = this.api.as(owner).post(retry, null);
		assertThat(retried.status()).as(retried.toString()).isEqualTo(202);
		assertThat(retried.json().at("/data/status").asString()).isEqualTo("processing");
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.api.as(owner).get(path).json().at("/data/photos/0/status").asString(), "ready"::equals);
		assertProblem(this.api.as(owner).post(retry, null), 409, "NOT_FAILED");
	}

}
