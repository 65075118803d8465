package io.hearth.files;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.hearth.identity.UserDeleted;
import io.hearth.jobs.Jobs;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.verify;

/**
 * The files module alone (jobs mocked at its edge): what it does with an upload, and how
 * it reacts to identity's {@link UserDeleted}.
 */
@ApplicationModuleTest
@ActiveProfiles("test")
class FilesModuleTest {

	@MockitoBean
	Jobs jobs;

	@Autowired
	FileManagement files;

	@Autowired
	StoredFiles stored;

	@Autowired
	ByteStore bytes;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void shouldStoreAnImageAndQueueItsVariants() throws Exception {
		UUID owner = UUID.randomUUID();
		FileView view = this.transactions.execute((s) -> store(owner));
		assertThat(view.status()).isEqualTo("processing");
		assertThat(view.urls()).containsOnlyKeys("original", "medium", "thumbnail");
		assertThat(this.stored.findIdsByOwnerId(owner)).containsExactly(view.id());
		try (InputStream upload = this.bytes.open(view.id(), FileManagement.UPLOAD)) {
			assertThat(upload.readAllBytes()).isEqualTo(png());
		}
		verify(this.jobs).enqueue(eq(FileManagement.JOB), eq(new VariantsJob.Payload(view.id())));
	}

	@Test
	void shouldDeleteADeletedUsersFilesAndQueueTheirBytesForPurging(Scenario scenario) throws Exception {
		UUID doomed = UUID.randomUUID();
		UUID kept = UUID.randomUUID();
		FileView first = this.transactions.execute((s) -> store(doomed));
		FileView second = this.transactions.execute((s) -> store(doomed));
		FileView other = this.transactions.execute((s) -> store(kept));

		scenario.publish(new UserDeleted(doomed, Instant.now()))
			.andWaitForStateChange(() -> this.stored.findIdsByOwnerId(doomed), List::isEmpty)
			.andVerify((left) -> {
				assertThat(this.stored.findIdsByOwnerId(kept)).containsExactly(other.id());
				verify(this.jobs, atLeastOnce()).enqueue(eq(PurgeJob.KIND), any(PurgeJob.Payload.class));
			});
		assertThat(List.of(first.id(), second.id()))
			.allSatisfy((id) -> assertThat(this.stored.existsById(id)).isFalse());
	}

	private FileView store(UUID owner) {
		try {
			return this.files.storeImage(owner, "photo", new ByteArrayInputStream(png()));
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static byte[] png() {
		try (InputStream in = FilesModuleTest.class.getResourceAsStream("/images/alpha.png")) {
			return in.readAllBytes();
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
