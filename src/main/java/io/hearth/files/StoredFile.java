package io.hearth.files;

import java.time.Instant;
import java.util.UUID;

import io.hearth.platform.Ids;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "stored_files")
class StoredFile {

	static final String PROCESSING = "processing";

	static final String READY = "ready";

	static final String FAILED = "failed";

	@Id
	private UUID id;

	private UUID ownerId;

	private String contentType;

	private long size;

	private int width;

	private int height;

	private String status;

	private Instant createdAt;

	protected StoredFile() {
		// for JPA
	}

	StoredFile(UUID ownerId, ImageType type, long size, int width, int height, Instant now) {
		this.id = Ids.newId();
		this.ownerId = ownerId;
		this.contentType = type.contentType;
		this.size = size;
		this.width = width;
		this.height = height;
		this.status = PROCESSING;
		this.createdAt = now;
	}

	void ready() {
		this.status = READY;
	}

	/** Back to processing for another attempt; only a failed file can go back. */
	boolean retry() {
		if (!FAILED.equals(this.status)) {
			return false;
		}
		this.status = PROCESSING;
		return true;
	}

	void failed() {
		this.status = FAILED;
	}

	UUID id() {
		return this.id;
	}

	UUID ownerId() {
		return this.ownerId;
	}

	String contentType() {
		return this.contentType;
	}

	long size() {
		return this.size;
	}

	int width() {
		return this.width;
	}

	int height() {
		return this.height;
	}

	String status() {
		return this.status;
	}

}
