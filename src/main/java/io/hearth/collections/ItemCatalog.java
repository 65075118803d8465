package io.hearth.collections;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.hearth.files.FileView;
import io.hearth.files.FileManagement;
import io.hearth.identity.Caller;
import io.hearth.platform.IfMatch;
import io.hearth.platform.ApiException;
import io.hearth.platform.RetryOnLockConflict;
import io.hearth.platform.TypedBodies;
import jakarta.persistence.EntityManager;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The write side of items, their links and photos: only owners write. Reads are
 * {@link ItemFinder}'s.
 */
@Service
public class ItemCatalog {

	private final Items items;

	private final ItemFieldValues fieldValues;

	private final ItemSearch itemSearch;

	private final CategoryBook categories;

	private final FileManagement files;

	private final EntityManager entityManager;

	private final Clock clock;

	private final CollectionChanges changes;

	private final ItemFinder finder;

	private final TypedBodies bodies;

	ItemCatalog(Items items, ItemFieldValues fieldValues, ItemSearch itemSearch, CategoryBook categories,
			FileManagement files, EntityManager entityManager, CollectionChanges changes, ItemFinder finder,
			TypedBodies bodies, Clock clock) {
		this.items = items;
		this.fieldValues = fieldValues;
		this.itemSearch = itemSearch;
		this.categories = categories;
		this.files = files;
		this.entityManager = entityManager;
		this.clock = clock;
		this.changes = changes;
		this.finder = finder;
		this.bodies = bodies;
	}

	@Transactional
	@RetryOnLockConflict
	public CollectionViews.ItemView create(Caller caller, @Nullable JsonNode body, List<Upload> uploads)
			throws IOException {
		UUID owner = caller.id();
		this.changes.changed(owner);
		ItemInput.Parsed parsed = ItemInput.parse(this.bodies, body, null,
				(category) -> this.categories.writableOrNull(caller, category));
		Item item = this.items.saveAndFlush(new Item(owner, parsed.category().id(), parsed.name(), parsed.description(),
				parsed.values(), parsed.category().fields(), now()));
		indexValues(item, parsed.values());
		parsed.urls().forEach((url, label) -> item.addLink(url, label, now()));
		addPhotos(item, uploads);
		this.items.flush();
		return this.finder.view(item);
	}

	@Transactional
	@RetryOnLockConflict
	public CollectionViews.ItemView update(Caller caller, UUID id, @Nullable JsonNode body, boolean partial,
			IfMatch ifMatch) {
		Item item = writable(caller, id);
		ifMatch.require(item.version());
		JsonNode urls = (body != null) ? body.get("urls") : null;
		if (urls != null && !urls.isNull() && !(urls.isArray() && urls.isEmpty())) {
			// a replace or patch must not silently drop or duplicate links
			throw ApiException.invalid("urls", "change links with the /urls endpoints");
		}
		ItemInput.Parsed parsed = ItemInput.parse(this.bodies, body, partial ? item : null,
				(category) -> this.categories.writableOrNull(caller, category));
		item.change(parsed.category().id(), parsed.name(), parsed.description(), parsed.values(),
				parsed.category().fields(), now());
		this.fieldValues.deleteForItem(item.id());
		this.entityManager.flush();
		indexValues(item, parsed.values());
		this.items.saveAndFlush(item);
		return this.finder.view(item);
	}

	@Transactional
	public void delete(Caller caller, UUID id, IfMatch ifMatch) {
		Item item = writable(caller, id);
		ifMatch.require(item.version());
		List<UUID> fileIds = item.photoFiles();
		this.itemSearch.removed(List.of(item.id()));
		this.items.delete(item);
		this.items.flush();
		this.files.delete(fileIds);
	}

	@Transactional
	@RetryOnLockConflict
	public CollectionViews.LinkView addUrl(Caller caller, UUID itemId, String url, @Nullable String label) {
		Item item = writable(caller, itemId);
		if (!ValueValidator.isWebUrl(url.strip())) {
			throw ApiException.invalid("url", "must be an absolute http(s) URL of at most 2048 characters");
		}
		ItemParts.Link link = item.addLink(url.strip(), (label == null || label.isBlank()) ? null : label.strip(),
				now());
		this.items.flush();
		return new CollectionViews.LinkView(link.id(), link.url(), link.label());
	}

	@Transactional
	@RetryOnLockConflict
	public void removeUrl(Caller caller, UUID itemId, UUID urlId) {
		writable(caller, itemId).removeLink(urlId, now());
	}

	@Transactional
	@RetryOnLockConflict
	public List<CollectionViews.PhotoView> addPhotos(Caller caller, UUID itemId, List<Upload> uploads)
			throws IOException {
		Item item = writable(caller, itemId);
		if (uploads.isEmpty()) {
			throw ApiException.invalid("photos", "send one or more image files");
		}
		addPhotos(item, uploads);
		this.items.flush();
		return this.finder.view(item).photos();
	}

	@Transactional
	@RetryOnLockConflict
	public CollectionViews.PhotoView setPrimary(Caller caller, UUID itemId, UUID photoId, boolean primary) {
		ItemParts.Photo target = writable(caller, itemId).markPrimary(photoId, primary);
		FileView file = this.files.views(List.of(target.fileId())).get(target.fileId());
		return CollectionViews.PhotoView.of(target, file);
	}

	/** Processes again a photo whose processing failed (409 otherwise). */
	@Transactional
	CollectionViews.PhotoView retryPhoto(Caller caller, UUID itemId, UUID photoId) {
		ItemParts.Photo photo = writable(caller, itemId).photo(photoId);
		return CollectionViews.PhotoView.of(photo, this.files.retry(photo.fileId()));
	}

	@Transactional
	@RetryOnLockConflict
	public void removePhoto(Caller caller, UUID itemId, UUID photoId) {
		UUID file = writable(caller, itemId).removePhoto(photoId, now());
		this.items.flush();
		this.files.delete(List.of(file));
	}

	/**
	 * The caller's own item; looking it up for writing also moves the caller's change
	 * counter once the transaction commits.
	 */
	Item writable(Caller caller, UUID id) {
		UUID owner = caller.id();
		this.changes.changed(owner);
		return this.items.findById(id)
			.filter((i) -> i.ownerId().equals(owner))
			.orElseThrow(() -> ApiException.notFound("Item"));
	}

	/** The item's filter rows and search terms, in the transaction that wrote it. */
	void indexValues(Item item, Map<String, Object> values) {
		values.forEach(
				(key, value) -> this.fieldValues.save(new ItemParts.FieldValue(item.id(), item.ownerId(), key, value)));
		this.itemSearch.indexed(item);
	}

	private void addPhotos(Item item, List<Upload> uploads) throws IOException {
		// refused before any file is stored
		item.requirePhotoRoom(uploads.size());
		for (Upload upload : uploads) {
			try (InputStream in = upload.content().open()) {
				item.addPhoto(this.files.storeImage(item.ownerId(), upload.field(), in).id(), now());
			}
		}
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	/**
	 * An uploaded file part, opened afresh by each attempt of a retried use case; its
	 * client-side name is never used.
	 */
	public record Upload(String field, Content content) {

		public interface Content {

			InputStream open() throws IOException;

		}

	}

}
