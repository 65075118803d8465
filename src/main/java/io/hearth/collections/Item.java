package io.hearth.collections;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.hearth.platform.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;

/**
 * One thing in a collection; its values (JSON) were validated against its category's
 * fields.
 */
@Entity
@Table(name = "items")
class Item {

	private static final TypeReference<LinkedHashMap<String, Object>> VALUES = new TypeReference<>() {
	};

	@Id
	private UUID id;

	private UUID ownerId;

	private UUID categoryId;

	private String name;

	private String nameKey;

	private @Nullable String description;

	@Column(name = "item_values")
	private String values;

	private String searchText;

	private int photoCount;

	private int urlCount;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private @Nullable Long version;

	protected Item() {
		// for JPA
	}

	Item(UUID id, UUID ownerId, UUID categoryId, String name, @Nullable String description, Map<String, Object> values,
			Instant now) {
		this.id = id;
		this.ownerId = ownerId;
		this.createdAt = now;
		change(categoryId, name, description, values, now);
	}

	Item(UUID ownerId, UUID categoryId, String name, @Nullable String description, Map<String, Object> values,
			Instant now) {
		this(Ids.newId(), ownerId, categoryId, name, description, values, now);
	}

	final void change(UUID categoryId, String name, @Nullable String description, Map<String, Object> values,
			Instant now) {
		this.categoryId = categoryId;
		this.name = name.strip();
		this.nameKey = this.name.toLowerCase(Locale.ROOT);
		this.description = (description == null || description.isBlank()) ? null : description.strip();
		this.values = Category.mapper().writeValueAsString(values);
		StringBuilder search = new StringBuilder(this.name).append('\n');
		if (this.description != null) {
			search.append(this.description).append('\n');
		}
		values.values().stream().filter(String.class::isInstance).forEach((v) -> search.append(v).append('\n'));
		String text = search.toString().toLowerCase(Locale.ROOT);
		this.searchText = (text.length() > 12000) ? text.substring(0, 12000) : text;
		this.updatedAt = now;
	}

	void urlsChanged(int count, Instant now) {
		this.urlCount = count;
		this.updatedAt = now;
	}

	void photosChanged(int count, Instant now) {
		this.photoCount = count;
		this.updatedAt = now;
	}

	Map<String, Object> values() {
		return Category.mapper().readValue(this.values, VALUES);
	}

	UUID id() {
		return this.id;
	}

	UUID ownerId() {
		return this.ownerId;
	}

	UUID categoryId() {
		return this.categoryId;
	}

	String name() {
		return this.name;
	}

	@Nullable String description() {
		return this.description;
	}

	int urlCount() {
		return this.urlCount;
	}

	int photoCount() {
		return this.photoCount;
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
