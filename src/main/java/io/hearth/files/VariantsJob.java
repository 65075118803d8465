package io.hearth.files;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import io.hearth.jobs.JobHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes the served variants of an upload: {@code original} (full size), {@code medium}
 * (1280 px) and {@code thumbnail} (320 px), upright and without metadata. Safe to run
 * again: every variant is written anew, which is how an upload interrupted by a crash
 * gets finished.
 */
@Component
class VariantsJob implements JobHandler<VariantsJob.Payload> {

	private static final Logger log = LoggerFactory.getLogger(VariantsJob.class);

	private static final Map<String, Integer> BOXES = Map.of("original", Integer.MAX_VALUE, "medium", 1280, "thumbnail",
			320);

	private final StoredFiles files;

	private final FileVariants variants;

	private final ByteStore store;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	VariantsJob(StoredFiles files, FileVariants variants, ByteStore store, TransactionTemplate transactions,
			ApplicationEventPublisher events) {
		this.files = files;
		this.variants = variants;
		this.store = store;
		this.transactions = transactions;
		this.events = events;
	}

	@Override
	public String kind() {
		return FileManagement.JOB;
	}

	@Override
	public Class<Payload> payloadType() {
		return Payload.class;
	}

	@Override
	public void handle(Payload payload) throws IOException {
		if (this.files.findById(payload.fileId()).isEmpty()) {
			return; // deleted before it was processed
		}
		byte[] upload;
		try (InputStream in = this.store.open(payload.fileId(), FileManagement.UPLOAD)) {
			upload = in.readAllBytes();
		}
		BufferedImage upright;
		try {
			upright = Images.decodeUpright(upload);
		}
		catch (IOException | RuntimeException ex) {
			log.warn("File {} cannot be decoded: {}", payload.fileId(), ex.toString());
			settle(payload.fileId(), StoredFile::failed);
			return;
		}
		for (String variant : FileManagement.VARIANTS) {
			Images.Encoded encoded = Images.encode(upright, BOXES.get(variant));
			this.store.put(payload.fileId(), variant, new ByteArrayInputStream(encoded.bytes()));
			this.transactions.executeWithoutResult(
					(s) -> this.variants.save(new FileVariant(payload.fileId(), variant, encoded.contentType(),
							encoded.bytes().length, encoded.width(), encoded.height(), sha256(encoded.bytes()))));
		}
		settle(payload.fileId(), StoredFile::ready);
	}

	@Override
	public void gaveUp(Payload payload) {
		settle(payload.fileId(), StoredFile::failed);
	}

	private void settle(UUID fileId, Consumer<StoredFile> outcome) {
		this.transactions.executeWithoutResult((s) -> this.files.findById(fileId).ifPresent((file) -> {
			outcome.accept(file);
			this.events.publishEvent(new FileProcessed(file.id(), file.ownerId(), file.status()));
		}));
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	record Payload(UUID fileId) {
	}

}
