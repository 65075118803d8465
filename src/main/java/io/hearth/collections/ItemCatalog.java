package io.hearth.collections;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.hearth.files.FileView;
import io.hearth.files.Files;
import io.hearth.identity.CurrentUser;
import io.hearth.identity.Role;
import io.hearth.platform.ApiException;
import io.hearth.platform.CursorPage;
import io.hearth.platform.Cursors;
import io.hearth.platform.ETags;
import io.hearth.platform.PageQuery;
import io.hearth.platform.RetryOnLockConflict;
import io.hearth.platform.SortParameter;
import io.hearth.platform.SpecificationQueries;
import io.hearth.platform.Texts;
import jakarta.persistence.EntityManager;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Items, their links and photos. Owners write; owners (and admins) read. */
@Service
class ItemCatalog {

	static final SortParameter SORT = SortParameter.allow(
			Map.of("name", "nameKey", "created_at", "createdAt", "updated_at", "updatedAt"),
			Sort.by(Sort.Order.desc("createdAt")));

	static final int MAX_PHOTOS = 20;

	static final int MAX_URLS = 50;

	private final Items items;

	private final ItemLinks links;

	private final ItemPhotos photos;

	private final ItemFieldValues fieldValues;

	private final CategoryBook categories;

	private final Files files;

	private final EntityManager entityManager;

	private final Clock clock;

	private final CollectionChanges changes;

	private final TransactionTemplate readOnly;

	/**
	 * Item views by id for their owner, used while the owner's change counter stays put:
	 * reading an item is by far the most frequent request and then costs no query. Views
	 * with photos still processing are not kept; the minute bounds the age of the signed
	 * file URLs inside.
	 */
	private final Cache<UUID, CachedView> recentViews = Caffeine.newBuilder()
		.maximumSize(20_000)
		.expireAfterWrite(java.time.Duration.ofMinutes(1))
		.build();

	/**
	 * Totals of numbered pages per owner and filters, used while the owner's change
	 * counter stays put: counting a million items costs a hundred times a page. Admins,
	 * who list every owner's items, always count.
	 */
	private final Cache<TotalKey, Long> totals = Caffeine.newBuilder()
		.maximumSize(10_000)
		.expireAfterWrite(java.time.Duration.ofMinutes(10))
		.build();

	ItemCatalog(Items items, ItemLinks links, ItemPhotos photos, ItemFieldValues fieldValues, CategoryBook categories,
			Files files, EntityManager entityManager, CollectionChanges changes,
			PlatformTransactionManager transactionManager, Clock clock) {
		this.items = items;
		this.links = links;
		this.photos = photos;
		this.fieldValues = fieldValues;
		this.categories = categories;
		this.files = files;
		this.entityManager = entityManager;
		this.clock = clock;
		this.changes = changes;
		this.readOnly = new TransactionTemplate(transactionManager);
		this.readOnly.setReadOnly(true);
	}

	private record CachedView(UUID owner, long stamp, CollectionViews.ItemView view) {
	}

	@Transactional
	@RetryOnLockConflict
	CollectionViews.ItemView create(@Nullable JsonNode body, List<Upload> uploads) throws IOException {
		UUID owner = CurrentUser.require();
		this.changes.changed(owner);
		Parsed parsed = parse(body, null);
		Item item = this.items.saveAndFlush(
				new Item(owner, parsed.category().id(), parsed.name(), parsed.description(), parsed.values(), now()));
		indexValues(item, parsed.values());
		int position = 0;
		for (String url : parsed.urls().keySet()) {
			this.links.save(new ItemParts.Link(item.id(), url, parsed.urls().get(url), position++, now()));
		}
		item.urlsChanged(position, now());
		addPhotos(item, uploads);
		this.items.flush();
		return view(item);
	}

	@Transactional
	@RetryOnLockConflict
	CollectionViews.ItemView update(UUID id, @Nullable JsonNode body, boolean partial, @Nullable String ifMatch) {
		Item item = writable(id);
		ETags.requireMatch(ifMatch, item.version());
		Parsed parsed = parse(body, partial ? item : null);
		item.change(parsed.category().id(), parsed.name(), parsed.description(), parsed.values(), now());
		this.fieldValues.deleteForItem(item.id());
		this.entityManager.flush();
		indexValues(item, parsed.values());
		this.items.saveAndFlush(item);
		return view(item);
	}

	@Transactional
	void delete(UUID id, @Nullable String ifMatch) {
		Item item = writable(id);
		ETags.requireMatch(ifMatch, item.version());
		List<UUID> fileIds = this.photos.findByItemIdOrderByPosition(id).stream().map(ItemParts.Photo::fileId).toList();
		this.items.delete(item);
		this.items.flush();
		this.files.delete(fileIds);
	}

	CollectionViews.ItemView get(UUID id) {
		UUID caller = CurrentUser.require();
		if (CurrentUser.has(Role.ADMIN)) {
			return this.readOnly.execute((status) -> view(readable(id)));
		}
		long stamp = this.changes.stamp(caller);
		CachedView hit = this.recentViews.getIfPresent(id);
		if (hit != null && hit.stamp() == stamp && hit.owner().equals(caller)) {
			return hit.view();
		}
		CollectionViews.ItemView view = this.readOnly.execute((status) -> view(readable(id)));
		if (view.photos().stream().allMatch((p) -> p.status().equals("ready"))) {
			this.recentViews.put(id, new CachedView(caller, stamp, view));
		}
		return view;
	}

	@Transactional
	@RetryOnLockConflict
	CollectionViews.LinkView addUrl(UUID itemId, String url, @Nullable String label) {
		Item item = writable(itemId);
		if (!ValueValidator.isWebUrl(url.strip())) {
			throw ApiException.invalid("url", "must be an absolute http(s) URL of at most 2048 characters");
		}
		long count = this.links.countByItemId(itemId);
		if (count >= MAX_URLS) {
			throw ApiException.conflict("TOO_MANY_URLS", "An item has at most " + MAX_URLS + " links");
		}
		ItemParts.Link link = this.links.save(new ItemParts.Link(itemId, url.strip(),
				(label == null || label.isBlank()) ? null : label.strip(), (int) count, now()));
		item.urlsChanged((int) count + 1, now());
		return new CollectionViews.LinkView(link.id(), link.url(), link.label());
	}

	@Transactional
	@RetryOnLockConflict
	void removeUrl(UUID itemId, UUID urlId) {
		Item item = writable(itemId);
		this.links.delete(this.links.findByIdAndItemId(urlId, itemId).orElseThrow(() -> ApiException.notFound("URL")));
		this.links.flush();
		item.urlsChanged((int) this.links.countByItemId(itemId), now());
	}

	@Transactional
	@RetryOnLockConflict
	List<CollectionViews.PhotoView> addPhotos(UUID itemId, List<Upload> uploads) throws IOException {
		Item item = writable(itemId);
		if (uploads.isEmpty()) {
			throw ApiException.invalid("photos", "send one or more image files");
		}
		addPhotos(item, uploads);
		return view(item).photos();
	}

	@Transactional
	@RetryOnLockConflict
	CollectionViews.PhotoView setPrimary(UUID itemId, UUID photoId, boolean primary) {
		writable(itemId);
		List<ItemParts.Photo> all = this.photos.findByItemIdOrderByPosition(itemId);
		ItemParts.Photo target = all.stream()
			.filter((p) -> p.id().equals(photoId))
			.findFirst()
			.orElseThrow(() -> ApiException.notFound("Photo"));
		if (primary) {
			all.forEach((p) -> p.primary(p == target));
		}
		else {
			target.primary(false);
		}
		FileView file = this.files.views(List.of(target.fileId())).get(target.fileId());
		return CollectionViews.PhotoView.of(target, file);
	}

	@Transactional
	@RetryOnLockConflict
	void removePhoto(UUID itemId, UUID photoId) {
		Item item = writable(itemId);
		ItemParts.Photo photo = this.photos.findById(photoId)
			.filter((p) -> p.itemId().equals(itemId))
			.orElseThrow(() -> ApiException.notFound("Photo"));
		this.photos.delete(photo);
		this.photos.flush();
		List<ItemParts.Photo> rest = this.photos.findByItemIdOrderByPosition(itemId);
		if (photo.primary() && !rest.isEmpty()) {
			rest.get(0).primary(true);
		}
		item.photosChanged(rest.size(), now());
		this.files.delete(List.of(photo.fileId()));
	}

	@Transactional(readOnly = true)
	Page<CollectionViews.ItemView> list(ItemFilters filters, PageQuery paging, @Nullable String sort) {
		Specification<Item> spec = scope().and(filters.toSpecification());
		Pageable pageable = paging.toPageable(SORT.parse(sort, "id"));
		List<Item> content = SpecificationQueries.page(this.entityManager, Item.class, spec, pageable);
		long total;
		if (pageable.getOffset() == 0 && content.size() < pageable.getPageSize()) {
			total = content.size();
		}
		else if (CurrentUser.has(Role.ADMIN)) {
			total = this.items.count(spec);
		}
		else {
			UUID owner = CurrentUser.require();
			total = this.totals.get(new TotalKey(owner, this.changes.stamp(owner), filters),
					(key) -> this.items.count(spec));
		}
		return new PageImpl<>(views(content), pageable, total);
	}

	/** Newest first by keyset: a page deep in the chain costs what the first does. */
	@Transactional(readOnly = true)
	CursorPage<CollectionViews.ItemView> scroll(ItemFilters filters, PageQuery paging) {
		Instant at = null;
		UUID after = null;
		if (paging.cursor() != null && !paging.cursor().isEmpty()) {
			Cursors.Keyset keyset = Cursors.keyset(paging.cursor());
			at = keyset.at();
			after = keyset.id();
		}
		List<Item> rows = SpecificationQueries.newestFirst(this.entityManager, Item.class,
				scope().and(filters.toSpecification()), at, after, paging.perPage() + 1);
		List<CollectionViews.ItemView> views = views(rows);
		return CursorPage.of(views, paging.perPage(),
				(last) -> List.of(last.createdAt().toString(), last.id().toString()));
	}

	/** The caller's items; every owner's for an admin. */
	Specification<Item> scope() {
		if (CurrentUser.has(Role.ADMIN)) {
			return (root, query, cb) -> cb.conjunction();
		}
		UUID owner = CurrentUser.require();
		return (root, query, cb) -> cb.equal(root.get("ownerId"), owner);
	}

	Item readable(UUID id) {
		return this.items.findById(id)
			.filter((i) -> i.ownerId().equals(CurrentUser.require()) || CurrentUser.has(Role.ADMIN))
			.orElseThrow(() -> ApiException.notFound("Item"));
	}

	/**
	 * The caller's own item; looking it up for writing also moves the caller's change
	 * counter once the transaction commits.
	 */
	Item writable(UUID id) {
		UUID owner = CurrentUser.require();
		this.changes.changed(owner);
		return this.items.findById(id)
			.filter((i) -> i.ownerId().equals(owner))
			.orElseThrow(() -> ApiException.notFound("Item"));
	}

	private record TotalKey(UUID owner, long stamp, ItemFilters filters) {
	}

	void indexValues(Item item, Map<String, Object> values) {
		values.forEach(
				(key, value) -> this.fieldValues.save(new ItemParts.FieldValue(item.id(), item.ownerId(), key, value)));
	}

	private void addPhotos(Item item, List<Upload> uploads) throws IOException {
		List<ItemParts.Photo> existing = this.photos.findByItemIdOrderByPosition(item.id());
		if (existing.size() + uploads.size() > MAX_PHOTOS) {
			throw ApiException.invalid("photos", "an item has at most " + MAX_PHOTOS + " photos");
		}
		boolean hasPrimary = existing.stream().anyMatch(ItemParts.Photo::primary);
		int position = existing.size();
		for (Upload upload : uploads) {
			try (InputStream in = upload.content()) {
				FileView file = this.files.storeImage(item.ownerId(), upload.field(), in);
				this.photos.save(new ItemParts.Photo(item.id(), file.id(), !hasPrimary, position++, now()));
				hasPrimary = true;
			}
		}
		item.photosChanged(position, now());
	}

	/**
	 * Reads name, description, category_id, values and urls; PATCH keeps what the body
	 * leaves out.
	 */
	private Parsed parse(@Nullable JsonNode body, @Nullable Item current) {
		if (body == null || !body.isObject()) {
			throw ApiException.invalid("_", "the body must be a JSON object");
		}
		Map<String, List<String>> errors = new LinkedHashMap<>();
		for (String name : body.propertyNames()) {
			if (!List.of("name", "description", "category_id", "values", "urls").contains(name)) {
				errors.computeIfAbsent(name, (k) -> new ArrayList<>()).add("is not a known field");
			}
		}
		String name = text(body, "name", (current != null) ? current.name() : null, 200, true, errors);
		String description = text(body, "description", (current != null) ? current.description() : null, 5000, false,
				errors);
		Category category = null;
		JsonNode categoryNode = body.get("category_id");
		UUID categoryId = (current != null) ? current.categoryId() : null;
		if (categoryNode != null && !categoryNode.isNull() && !categoryNode.isString()) {
			errors.put("category_id", List.of("must be a category id (UUID)"));
		}
		else if (categoryNode != null && !categoryNode.isNull()) {
			try {
				categoryId = UUID.fromString(categoryNode.asString());
			}
			catch (IllegalArgumentException ex) {
				errors.put("category_id", List.of("must be a category id (UUID)"));
			}
		}
		if (categoryId == null && !errors.containsKey("category_id")) {
			errors.put("category_id", List.of("is required"));
		}
		else if (categoryId != null) {
			UUID wanted = categoryId;
			category = this.categories.writableOrNull(wanted);
			if (category == null) {
				errors.put("category_id", List.of("is not one of your categories"));
			}
		}
		Map<String, Object> values = Map.of();
		if (category != null) {
			JsonNode valuesNode = body.has("values") ? body.get("values")
					: (current != null) ? Category.mapper().valueToTree(current.values()) : null;
			values = ValueValidator.validate(valuesNode, category.fields(), errors);
		}
		Map<String, String> urls = new LinkedHashMap<>();
		JsonNode urlsNode = body.get("urls");
		if (urlsNode != null && !urlsNode.isNull()) {
			if (current != null) {
				errors.put("urls", List.of("change links with the /urls endpoints"));
			}
			else if (!urlsNode.isArray() || urlsNode.size() > MAX_URLS) {
				errors.put("urls", List.of("must be a list of at most " + MAX_URLS + " {url, label}"));
			}
			else {
				for (int i = 0; i < urlsNode.size(); i++) {
					JsonNode entry = urlsNode.get(i);
					String url = entry.isString() ? entry.asString()
							: entry.path("url").isString() ? entry.path("url").asString() : "";
					String label = entry.path("label").isString() ? entry.path("label").asString() : null;
					if (!ValueValidator.isWebUrl(url.strip()) || Texts.problem(url) != null) {
						errors.put("urls[" + i + "]",
								List.of("must be an absolute http(s) URL of at most 2048 characters"));
					}
					else {
						if (label != null && (Texts.problem(label) != null || label.length() > 200)) {
							errors.put("urls[" + i + "].label",
									List.of("must be valid text of at most 200 characters"));
						}
						urls.put(url.strip(), label);
					}
				}
			}
		}
		if (!errors.isEmpty()) {
			throw ApiException.invalid(errors);
		}
		return new Parsed(name, description, category, values, urls);
	}

	private static @Nullable String text(JsonNode body, String field, @Nullable String current, int max,
			boolean required, Map<String, List<String>> errors) {
		String value = current;
		JsonNode node = body.get(field);
		if (node != null) {
			if (node.isNull()) {
				value = null;
			}
			else if (!node.isString()) {
				errors.put(field, List.of("must be a string"));
				return null;
			}
			else if (Texts.problem(node.asString()) != null) {
				errors.put(field, List.of(Texts.problem(node.asString())));
				return null;
			}
			else {
				value = node.asString().strip();
				value = value.isEmpty() ? null : value;
			}
		}
		if (value == null && required) {
			errors.put(field, List.of("is required"));
		}
		if (value != null && value.length() > max) {
			errors.put(field, List.of("must be at most " + max + " characters"));
		}
		return value;
	}

	CollectionViews.ItemView view(Item item) {
		return views(List.of(item)).get(0);
	}

	List<CollectionViews.ItemView> views(List<Item> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		List<UUID> withLinks = rows.stream().filter((i) -> i.urlCount() > 0).map(Item::id).toList();
		Map<UUID, List<CollectionViews.LinkView>> linksByItem = new HashMap<>();
		(withLinks.isEmpty() ? List.<ItemParts.Link>of() : this.links.findByItemIdInOrderByPosition(withLinks))
			.forEach((l) -> linksByItem.computeIfAbsent(l.itemId(), (k) -> new ArrayList<>())
				.add(new CollectionViews.LinkView(l.id(), l.url(), l.label())));
		List<UUID> withPhotos = rows.stream().filter((i) -> i.photoCount() > 0).map(Item::id).toList();
		List<ItemParts.Photo> allPhotos = withPhotos.isEmpty() ? List.of()
				: this.photos.findByItemIdInOrderByPosition(withPhotos);
		Map<UUID, FileView> fileViews = allPhotos.isEmpty() ? Map.of()
				: this.files.views(allPhotos.stream().map(ItemParts.Photo::fileId).toList());
		Map<UUID, List<CollectionViews.PhotoView>> photosByItem = new HashMap<>();
		for (ItemParts.Photo photo : allPhotos) {
			FileView file = fileViews.get(photo.fileId());
			if (file != null) {
				photosByItem.computeIfAbsent(photo.itemId(), (k) -> new ArrayList<>())
					.add(CollectionViews.PhotoView.of(photo, file));
			}
		}
		Map<UUID, Long> stamps = new HashMap<>();
		Map<UUID, CategoryBook.Shown> categoryById = new HashMap<>();
		List<CollectionViews.ItemView> views = new ArrayList<>();
		for (Item item : rows) {
			long stamp = stamps.computeIfAbsent(item.ownerId(), this.changes::stamp);
			CategoryBook.Shown category = categoryById.computeIfAbsent(item.categoryId(),
					(id) -> this.categories.shownOrNull(id, item.ownerId(), stamp));
			List<FieldDefinition> fields = (category != null) ? category.fields() : List.of();
			Map<String, Object> stored = item.values();
			Map<String, Object> values = new LinkedHashMap<>();
			List<CollectionViews.FieldWithValue> withValues = new ArrayList<>();
			for (FieldDefinition field : fields) {
				Object value = stored.get(field.key());
				if (value != null) {
					values.put(field.key(), value);
				}
				withValues.add(new CollectionViews.FieldWithValue(field.key(), field.label(), field.type(),
						field.isRequired(), value));
			}
			List<CollectionViews.PhotoView> itemPhotos = photosByItem.getOrDefault(item.id(), List.of());
			views.add(new CollectionViews.ItemView(item.id(), item.categoryId(),
					(category != null) ? category.name() : "", item.name(), item.description(), values, withValues,
					linksByItem.getOrDefault(item.id(), List.of()), itemPhotos,
					itemPhotos.stream().filter(CollectionViews.PhotoView::isPrimary).findFirst().orElse(null),
					item.createdAt(), item.updatedAt(), item.version()));
		}
		return views;
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	/** An uploaded file part; its client-side name is never used. */
	record Upload(String field, InputStream content) {
	}

	private record Parsed(String name, @Nullable String description, Category category, Map<String, Object> values,
			Map<String, String> urls) {
	}

}
