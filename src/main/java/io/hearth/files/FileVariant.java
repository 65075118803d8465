package io.hearth.files;

import java.io.Serializable;
import java.util.UUID;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A servable rendition: {@code original} (full size, re-encoded), {@code medium},
 * {@code thumbnail}.
 */
@Entity
@Table(name = "file_variants")
class FileVariant {

	@EmbeddedId
	private Key key;

	private String contentType;

	private long size;

	private int width;

	private int height;

	private String sha256;

	protected FileVariant() {
		// for JPA
	}

	FileVariant(UUID fileId, String variant, String contentType, long size, int width, int height, String sha256) {
		this.key = new Key(fileId, variant);
		this.contentType = contentType;
		this.size = size;
		this.width = width;
		this.height = height;
		this.sha256 = sha256;
	}

	String contentType() {
		return this.contentType;
	}

	long size() {
		return this.size;
	}

	String sha256() {
		return this.sha256;
	}

	@Embeddable
	record Key(UUID fileId, String variant) implements Serializable {
	}

}
