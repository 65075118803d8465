package io.hearth.ops;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import io.hearth.platform.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/** An announcement on the public notice board; the title is unique regardless of case. */
@Entity
@Table(name = "notices")
class Notice {

	@Id
	private UUID id;

	private String title;

	@Column(name = "title_key")
	private String titleKey;

	private String body;

	private boolean pinned;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private @Nullable Long version;

	protected Notice() {
		// for JPA
	}

	Notice(String title, String body, boolean pinned, Instant now) {
		this.id = Ids.newId();
		this.createdAt = now;
		revise(title, body, pinned, now);
	}

	final void revise(String title, String body, boolean pinned, Instant now) {
		this.title = title.strip();
		this.titleKey = this.title.toLowerCase(Locale.ROOT);
		this.body = body;
		this.pinned = pinned;
		this.updatedAt = now;
	}

	UUID id() {
		return this.id;
	}

	String title() {
		return this.title;
	}

	String body() {
		return this.body;
	}

	boolean pinned() {
		return this.pinned;
	}

	Instant createdAt() {
		return this.createdAt;
	}

	Instant updatedAt() {
		return this.updatedAt;
	}

	long version() {
		return (this.version != null) ? this.version : 0;
	}

}
