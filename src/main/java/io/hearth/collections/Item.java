package io.hearth.collections;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.hearth.platform.ApiException;
import io.hearth.platform.Ids;
import io.hearth.platform.SearchTokens;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;

/**
 * One thing in a collection; its values (JSON) were validated against its category's
 * fields. The item owns its links and photos: they are added and removed only through it,
 * and it guards their limits and the primary-photo rule (the first photo is primary;
 * removing the primary one makes the next one primary). Its length is earned: fifteen
 * columns with their accessors and the parts' rules stay in the one aggregate that may
 * change them; split, the parts could be changed around it.
 */
@Entity
@Table(name = "items")
class Item {

	static final int MAX_PHOTOS = 20;

	static final int MAX_URLS = 50;

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

	// SearchTokens.joined: what q matches, and the name's words for the relevance tier
	private String searchTerms;

	private String nameTerms;

	private int searchVersion;

	private int photoCount;

	private int urlCount;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private @Nullable Long version;

	// the parts map item_id themselves; the item only adds and removes them
	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "item_id", insertable = false, updatable = false)
	@OrderBy("position")
	private List<ItemParts.Link> links = new ArrayList<>();

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "item_id", insertable = false, updatable = false)
	@OrderBy("position")
	private List<ItemParts.Photo> photos = new ArrayList<>();

	protected Item() {
		// for JPA
	}

	Item(UUID id, UUID ownerId, UUID categoryId, String name, @Nullable String description, Map<String, Object> values,
			List<FieldDefinition> fields, Instant now) {
		this.id = id;
		this.ownerId = ownerId;
		this.createdAt = now;
		change(categoryId, name, description, values, fields, now);
	}

	Item(UUID ownerId, UUID categoryId, String name, @Nullable String description, Map<String, Object> values,
			List<FieldDefinition> fields, Instant now) {
		this(Ids.newId(), ownerId, categoryId, name, description, values, fields, now);
	}

	/**
	 * @param fields the category's, which tell how each value is searched
	 */
	final void change(UUID categoryId, String name, @Nullable String description, Map<String, Object> values,
			List<FieldDefinition> fields, Instant now) {
		this.categoryId = categoryId;
		this.name = name.strip();
		this.nameKey = this.name.toLowerCase(Locale.ROOT);
		this.description = (description == null || description.isBlank()) ? null : description.strip();
		this.values = Category.mapper().writeValueAsString(values);
		reindex(values, fields);
		this.updatedAt = now;
	}

	/**
	 * Makes the stored terms again with the current {@link SearchTokens#VERSION}: the
	 * name, the description, text and URL values, and the labels of selected options.
	 */
	final void reindex(Map<String, Object> values, List<FieldDefinition> fields) {
		List<String> texts = new ArrayList<>(List.of(this.name));
		if (this.description != null) {
			texts.add(this.description);
		}
		for (FieldDefinition field : fields) {
			Object value = values.get(field.key());
			if (value == null) {
				continue;
			}
			switch (field.type()) {
				case TEXT, URL -> texts.add(value.toString());
				case SELECT ->
					texts.add(((field.options() != null) ? field.options() : List.<FieldDefinition.Option>of()).stream()
						.filter((o) -> o.value().equals(value))
						.map(FieldDefinition.Option::label)
						.findFirst()
						.orElse(value.toString()));
				default -> {
					// numbers, dates and booleans are filters, not words
				}
			}
		}
		this.searchTerms = SearchTokens.joined(SearchTokens.terms(texts.toArray(String[]::new)));
		this.nameTerms = SearchTokens.joined(SearchTokens.terms(this.name));
		this.searchVersion = SearchTokens.VERSION;
	}

	List<String> searchTerms() {
		return SearchTokens.split(this.searchTerms);
	}

	List<String> nameTerms() {
		return SearchTokens.split(this.nameTerms);
	}

	/** As stored (for rows written in bulk). */
	String storedSearchTerms() {
		return this.searchTerms;
	}

	String storedNameTerms() {
		return this.nameTerms;
	}

	/**
	 * @throws ApiException 409 {@code TOO_MANY_URLS} when the item has {@value #MAX_URLS}
	 */
	ItemParts.Link addLink(String url, @Nullable String label, Instant now) {
		return addLink(Ids.newId(), url, label, now);
	}

	/** A link with a known id (an import restoring its own links). */
	ItemParts.Link addLink(UUID linkId, String url, @Nullable String label, Instant now) {
		if (this.links.size() >= MAX_URLS) {
			throw ApiException.conflict("TOO_MANY_URLS", "An item has at most " + MAX_URLS + " links");
		}
		ItemParts.Link link = new ItemParts.Link(linkId, this.id, url, label, this.links.size(), now);
		this.links.add(link);
		this.urlCount = this.links.size();
		this.updatedAt = now;
		return link;
	}

	void removeLink(UUID linkId, Instant now) {
		if (!this.links.removeIf((l) -> l.id().equals(linkId))) {
			throw ApiException.notFound("URL");
		}
		this.urlCount = this.links.size();
		this.updatedAt = now;
	}

	/**
	 * @throws ApiException 422 on {@code photos} when {@code more} would not fit
	 */
	void requirePhotoRoom(int more) {
		if (this.photos.size() + more > MAX_PHOTOS) {
			throw ApiException.invalid("photos", "an item has at most " + MAX_PHOTOS + " photos");
		}
	}

	/** The stored file as the item's next photo; the first photo is the primary one. */
	ItemParts.Photo addPhoto(UUID fileId, Instant now) {
		requirePhotoRoom(1);
		boolean primary = this.photos.stream().noneMatch(ItemParts.Photo::primary);
		ItemParts.Photo photo = new ItemParts.Photo(this.id, fileId, primary, this.photos.size(), now);
		this.photos.add(photo);
		this.photoCount = this.photos.size();
		this.updatedAt = now;
		return photo;
	}

	ItemParts.Photo photo(UUID photoId) {
		return this.photos.stream()
			.filter((p) -> p.id().equals(photoId))
			.findFirst()
			.orElseThrow(() -> ApiException.notFound("Photo"));
	}

	/** Marking one photo primary unmarks the others; unmarking leaves none primary. */
	ItemParts.Photo markPrimary(UUID photoId, boolean primary) {
		ItemParts.Photo target = photo(photoId);
		if (primary) {
			this.photos.forEach((p) -> p.primary(p == target));
		}
		else {
			target.primary(false);
		}
		return target;
	}

	/**
	 * @return the removed photo's file, for the files module to delete
	 */
	UUID removePhoto(UUID photoId, Instant now) {
		ItemParts.Photo photo = photo(photoId);
		this.photos.remove(photo);
		if (photo.primary() && !this.photos.isEmpty()) {
			this.photos.get(0).primary(true);
		}
		this.photoCount = this.photos.size();
		this.updatedAt = now;
		return photo.fileId();
	}

	List<UUID> photoFiles() {
		return this.photos.stream().map(ItemParts.Photo::fileId).toList();
	}

	Map<String, Object> values() {
		return Category.mapper().readValue(this.values, VALUES);
	}

	/** The columns a view shows, as the read model has them. */
	ItemRows.Row row() {
		return new ItemRows.Row(this.id, this.ownerId, this.categoryId, this.name, this.description, this.values,
				this.photoCount, this.urlCount, this.createdAt, this.updatedAt, version());
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
