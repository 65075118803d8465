package io.hearth.collections;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.hearth.platform.Ids;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A kind of thing in a collection, with the fields its items fill in (stored as JSON, in
 * display order).
 */
@Entity
@Table(name = "categories")
class Category {

	private static final TypeReference<List<FieldDefinition>> FIELDS = new TypeReference<>() {
	};

	@Id
	private UUID id;

	private UUID ownerId;

	private String name;

	private String nameKey;

	private @Nullable String description;

	private String fields;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private @Nullable Long version;

	protected Category() {
		// for JPA
	}

	Category(UUID id, UUID ownerId, String name, @Nullable String description, List<FieldDefinition> fields,
			Instant now) {
		this.id = id;
		this.ownerId = ownerId;
		this.createdAt = now;
		change(name, description, fields, now);
	}

	Category(UUID ownerId, String name, @Nullable String description, List<FieldDefinition> fields, Instant now) {
		this(Ids.newId(), ownerId, name, description, fields, now);
	}

	final void change(String name, @Nullable String description, List<FieldDefinition> fields, Instant now) {
		this.name = name.strip();
		this.nameKey = key(name);
		this.description = (description == null || description.isBlank()) ? null : description.strip();
		// display_order is optional: a field without one keeps its place in the list
		List<FieldDefinition> normalized = new java.util.ArrayList<>(fields.size());
		for (int i = 0; i < fields.size(); i++) {
			normalized.add(fields.get(i).normalized(i));
		}
		normalized.sort(Comparator.comparingInt(FieldDefinition::order));
		this.fields = mapper().writeValueAsString(normalized);
		this.updatedAt = now;
	}

	static String key(String name) {
		return name.strip().toLowerCase(Locale.ROOT);
	}

	/**
	 * JSON with the application's naming (snake_case), independent of Spring's mapper.
	 */
	static JsonMapper mapper() {
		return Holder.MAPPER;
	}

	List<FieldDefinition> fields() {
		return mapper().readValue(this.fields, FIELDS);
	}

	UUID id() {
		return this.id;
	}

	UUID ownerId() {
		return this.ownerId;
	}

	String name() {
		return this.name;
	}

	@Nullable String description() {
		return this.description;
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

	private static final class Holder {

		static final JsonMapper MAPPER = JsonMapper.builder()
			.propertyNamingStrategy(tools.jackson.databind.PropertyNamingStrategies.SNAKE_CASE)
			.enable(tools.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
			.build();

	}

}
