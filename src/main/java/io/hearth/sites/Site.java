package io.hearth.sites;

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

@Entity
@Table(name = "sites")
class Site {

	@Id
	private UUID id;

	private String name;

	private String nameKey;

	private @Nullable String description;

	@Column(name = "is_active")
	private boolean active;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private @Nullable Long version;

	protected Site() {
		// for JPA
	}

	Site(String name, @Nullable String description, Instant now) {
		this.id = Ids.newId();
		this.active = true;
		this.createdAt = now;
		change(name, description, true, now);
	}

	final void change(String name, @Nullable String description, boolean active, Instant now) {
		this.name = name.strip();
		this.nameKey = key(name);
		this.description = (description == null || description.isBlank()) ? null : description.strip();
		this.active = active;
		this.updatedAt = now;
	}

	static String key(String name) {
		return name.strip().toLowerCase(Locale.ROOT);
	}

	UUID id() {
		return this.id;
	}

	String name() {
		return this.name;
	}

	@Nullable String description() {
		return this.description;
	}

	boolean active() {
		return this.active;
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
