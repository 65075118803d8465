package io.hearth.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.hearth.jobs.Jobs;
import io.hearth.platform.ApiException;
import io.hearth.platform.ErrorCodes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Accepts images for other modules. An upload is refused (and nothing stored) when it is
 * too large, not a JPEG, PNG, GIF or WebP by its bytes, undecodable, or over the pixel
 * limit; otherwise it is kept under a generated name and its variants are made by a job.
 * Call inside the owning transaction: a rollback removes the stored bytes again.
 */
@Service
public class FileManagement {

	static final String UPLOAD = "upload";

	static final List<String> VARIANTS = List.of("original", "medium", "thumbnail");

	static final String JOB = "files.variants";

	private static final Logger log = LoggerFactory.getLogger(FileManagement.class);

	private final StoredFiles files;

	private final FileVariants variants;

	private final ByteStore store;

	private final FileUrls urls;

	/**
	 * Lazily: job handlers of other modules read pictures through here, and the queue
	 * needs every handler.
	 */
	private final ObjectProvider<Jobs> jobs;

	private final FilesConfiguration.FilesProperties properties;

	private final Clock clock;

	FileManagement(StoredFiles files, FileVariants variants, ByteStore store, FileUrls urls, ObjectProvider<Jobs> jobs,
			FilesConfiguration.FilesProperties properties, Clock clock) {
		this.files = files;
		this.variants = variants;
		this.store = store;
		this.urls = urls;
		this.jobs = jobs;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * @param field the request field the file came in, named in errors
	 */
	@Transactional
	public FileView storeImage(UUID ownerId, String field, InputStream content) throws IOException {
		long max = this.properties.maxFileSize().toBytes();
		byte[] bytes = content.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
		if (bytes.length > max) {
			throw new ApiException(HttpStatus.CONTENT_TOO_LARGE, ErrorCodes.PAYLOAD_TOO_LARGE,
					field + " is larger than " + max + " bytes");
		}
		ImageType type = ImageType.sniff(bytes, bytes.length)
			.orElseThrow(() -> new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, ErrorCodes.UNSUPPORTED_MEDIA_TYPE,
					field + " is not a JPEG, PNG, GIF or WebP image (judged by its content, not its name)"));
		int[] size;
		try {
			size = Images.dimensions(bytes);
		}
		catch (IOException | RuntimeException ex) {
			throw ApiException.invalid(field, "is not a readable " + type.name() + " image");
		}
		if ((long) size[0] * size[1] > this.properties.maxPixels() || size[0] <= 0 || size[1] <= 0) {
			throw ApiException.invalid(field, "has " + size[0] + "×" + size[1] + " pixels; at most "
					+ this.properties.maxPixels() + " are accepted");
		}
		StoredFile file = this.files.save(new StoredFile(ownerId, type, bytes.length, size[0], size[1], now()));
		this.store.put(file.id(), UPLOAD, new ByteArrayInputStream(bytes));
		afterRollback(() -> this.store.deleteAll(file.id()));
		this.jobs.getObject().enqueue(JOB, new VariantsJob.Payload(file.id()));
		return view(file);
	}

	/**
	 * Makes the variants of a file whose processing failed again, in the background.
	 * @throws ApiException 409 when the file has not failed
	 */
	@Transactional
	public FileView retry(UUID fileId) {
		StoredFile file = this.files.findById(fileId).orElseThrow(() -> ApiException.notFound("File"));
		if (!file.retry()) {
			throw ApiException.conflict("NOT_FAILED", "Only a photo whose processing failed can be retried");
		}
		this.jobs.getObject().enqueue(JOB, new VariantsJob.Payload(file.id()));
		return view(file);
	}

	/**
	 * Deletes the files' rows now; their bytes go in a background job once the
	 * transaction commits (durable: a crash before it ran leaves the job queued).
	 */
	@Transactional
	public void delete(Collection<UUID> fileIds) {
		List<UUID> doomed = List.copyOf(fileIds);
		if (doomed.isEmpty()) {
			return;
		}
		this.variants.deleteForFiles(doomed);
		this.files.deleteAllByIdInBatch(doomed);
		this.jobs.getObject().enqueue(PurgeJob.KIND, new PurgeJob.Payload(doomed));
	}

	/** Deletes every file of an owner (a deleted user), rows now and bytes in batches. */
	@Transactional
	void deleteAllOf(UUID ownerId) {
		List<UUID> ids = this.files.findIdsByOwnerId(ownerId);
		for (int from = 0; from < ids.size(); from += PurgeJob.BATCH) {
			delete(ids.subList(from, Math.min(ids.size(), from + PurgeJob.BATCH)));
		}
		log.info("Deleted {} files of deleted user {}", ids.size(), ownerId);
	}

	@Transactional(readOnly = true)
	public Map<UUID, FileView> views(Collection<UUID> fileIds) {
		Map<UUID, FileView> views = new LinkedHashMap<>();
		this.files.findAllById(fileIds).forEach((f) -> views.put(f.id(), view(f)));
		return views;
	}

	FileView view(StoredFile file) {
		Instant now = this.clock.instant();
		Map<String, String> signed = new LinkedHashMap<>();
		for (String variant : VARIANTS) {
			signed.put(variant, this.urls.sign(file.id(), variant, now));
		}
		return new FileView(file.id(), file.contentType(), file.width(), file.height(), file.size(), file.status(),
				signed);
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	private static void afterRollback(IoAction action) {
		register(TransactionSynchronization.STATUS_ROLLED_BACK, action);
	}

	private static void register(int onStatus, IoAction action) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				if (status == onStatus) {
					try {
						action.run();
					}
					catch (IOException ex) {
						log.warn("Could not remove stored bytes: {}", ex.toString());
					}
				}
			}
		});
	}

	@FunctionalInterface
	private interface IoAction {

		void run() throws IOException;

	}

}
