package io.hearth.collections;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.hearth.identity.Caller;
import io.hearth.platform.IfMatch;
import io.hearth.platform.ApiException;
import io.hearth.platform.LikePatterns;
import io.hearth.platform.PageQuery;
import io.hearth.platform.SortParameter;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Categories and their field definitions, scoped to the caller (admins may read every
 * owner's).
 */
@Service
public class CategoryBook {

	static final SortParameter SORT = SortParameter.allow(Map.of("name", "nameKey", "created_at", "createdAt"),
			Sort.by("nameKey"));

	private final Categories categories;

	private final Items items;

	private final ItemFieldValues fieldValues;

	private final Clock clock;

	private final CollectionChanges changes;

	/**
	 * Categories shown with items, valid while their owner's change counter stays put.
	 */
	private final com.github.benmanes.caffeine.cache.Cache<UUID, Stamped> recent = com.github.benmanes.caffeine.cache.Caffeine
		.newBuilder()
		.maximumSize(10_000)
		.expireAfterWrite(java.time.Duration.ofMinutes(10))
		.build();

	CategoryBook(Categories categories, Items items, ItemFieldValues fieldValues, CollectionChanges changes,
			Clock clock) {
		this.categories = categories;
		this.items = items;
		this.fieldValues = fieldValues;
		this.changes = changes;
		this.clock = clock;
	}

	private record Stamped(Shown shown, UUID owner, long stamp) {
	}

	/** What an item view shows of its category (fields parsed once). */
	record Shown(String name, List<FieldDefinition> fields) {
	}

	@Transactional(readOnly = true)
	public Page<CollectionViews.CategoryView> list(Caller caller, @Nullable String q, PageQuery paging,
			@Nullable String sort) {
		String pattern = (q == null || q.isBlank()) ? null : LikePatterns.contains(q.strip());
		var pageable = paging.toPageable(SORT.parse(sort, "id"));
		Page<Category> page = caller.isAdmin() ? this.categories.findAllMatching(pattern, pageable)
				: this.categories.findForOwner(caller.id(), pattern, pageable);
		Map<UUID, Long> counts = counts(page.getContent().stream().map(Category::id).toList());
		return page.map((c) -> view(c, counts.getOrDefault(c.id(), 0L)));
	}

	@Transactional(readOnly = true)
	public CollectionViews.CategoryView get(Caller caller, UUID id) {
		Category category = readable(caller, id);
		return view(category, this.items.countByCategoryId(id));
	}

	@Transactional
	@io.hearth.platform.RetryOnLockConflict
	public CollectionViews.CategoryView create(Caller caller, CategoryRequest request) {
		UUID owner = caller.id();
		List<FieldDefinition> fields = validated(request, true);
		if (this.categories.existsByOwnerIdAndNameKey(owner, Category.key(request.name()))) {
			throw ApiException.conflict("CATEGORY_NAME_TAKEN", "You already have a category with that name");
		}
		Category category = this.categories
			.saveAndFlush(new Category(owner, request.name(), request.description(), fields, now()));
		return view(category, 0);
	}

	/**
	 * Replaces the category ({@code partial = false}) or the fields present
	 * ({@code partial = true}). Values of fields that disappear stop being shown and
	 * filterable.
	 */
	@Transactional
	@io.hearth.platform.RetryOnLockConflict
	public CollectionViews.CategoryView update(Caller caller, UUID id, CategoryRequest request, boolean partial,
			IfMatch ifMatch) {
		Category category = writable(caller, id);
		ifMatch.require(category.version());
		String name = (partial && request.name() == null) ? category.name() : request.name();
		if (name == null || name.isBlank()) {
			throw ApiException.invalid("name", "is required");
		}
		List<FieldDefinition> fields = (partial && request.fields() == null) ? category.fields()
				: validated(request, !partial);
		if (!Category.key(name).equals(Category.key(category.name()))
				&& this.categories.existsByOwnerIdAndNameKey(category.ownerId(), Category.key(name))) {
			throw ApiException.conflict("CATEGORY_NAME_TAKEN", "You already have a category with that name");
		}
		Set<String> kept = fields.stream().map(FieldDefinition::key).collect(Collectors.toSet());
		List<String> dropped = category.fields()
			.stream()
			.map(FieldDefinition::key)
			.filter((k) -> !kept.contains(k))
			.toList();
		category.change(name,
				(partial && request.description() == null) ? category.description() : request.description(), fields,
				now());
		if (!dropped.isEmpty()) {
			this.fieldValues.deleteKeysOfCategory(id, dropped);
		}
		Category saved = this.categories.saveAndFlush(category);
		// labels and field types are searched: the background reindex makes the terms
		// again
		this.items.markStale(id);
		this.changes.changed(category.ownerId());
		return view(saved, this.items.countByCategoryId(id));
	}

	@Transactional
	@io.hearth.platform.RetryOnLockConflict
	public void delete(Caller caller, UUID id, IfMatch ifMatch) {
		Category category = writable(caller, id);
		ifMatch.require(category.version());
		long count = this.items.countByCategoryId(id);
		if (count > 0) {
			throw ApiException.conflict("CATEGORY_NOT_EMPTY",
					"The category still has " + count + " item(s); move or delete them first");
		}
		this.categories.delete(category);
		this.changes.changed(category.ownerId());
	}

	/**
	 * The category, if the caller may read it; another owner's is a 404 (admins read
	 * all).
	 */
	Category readable(Caller caller, UUID id) {
		return this.categories.findById(id)
			.filter((c) -> c.ownerId().equals(caller.id()) || caller.isAdmin())
			.orElseThrow(() -> ApiException.notFound("Category"));
	}

	/** The caller's own category, or null. */
	@Nullable Category writableOrNull(Caller caller, UUID id) {
		return this.categories.findById(id).filter((c) -> c.ownerId().equals(caller.id())).orElse(null);
	}

	/**
	 * For showing an item of {@code owner}, whose change counter is {@code stamp} (read
	 * before the item was): cached, as a category is read with every item.
	 */
	@Nullable Shown shownOrNull(UUID id, UUID owner, long stamp) {
		Stamped hit = this.recent.getIfPresent(id);
		if (hit != null && hit.stamp() == stamp && hit.owner().equals(owner)) {
			return hit.shown();
		}
		Category category = this.categories.findById(id).filter((c) -> c.ownerId().equals(owner)).orElse(null);
		if (category == null) {
			return null;
		}
		Shown shown = new Shown(category.name(), List.copyOf(category.fields()));
		this.recent.put(id, new Stamped(shown, owner, stamp));
		return shown;
	}

	/** Only the owner writes. */
	Category writable(Caller caller, UUID id) {
		return this.categories.findById(id)
			.filter((c) -> c.ownerId().equals(caller.id()))
			.orElseThrow(() -> ApiException.notFound("Category"));
	}

	private static List<FieldDefinition> validated(CategoryRequest request, boolean requireName) {
		Map<String, List<String>> errors = new LinkedHashMap<>(FieldDefinition.problems(request.fields()));
		if (requireName && (request.name() == null || request.name().isBlank())) {
			errors.put("name", List.of("is required"));
		}
		if (!errors.isEmpty()) {
			throw ApiException.invalid(errors);
		}
		return (request.fields() != null) ? request.fields() : List.of();
	}

	Map<UUID, Long> counts(List<UUID> categoryIds) {
		Map<UUID, Long> counts = new HashMap<>();
		if (!categoryIds.isEmpty()) {
			for (Object[] row : this.items.countByCategories(categoryIds)) {
				counts.put((UUID) row[0], (Long) row[1]);
			}
		}
		return counts;
	}

	static CollectionViews.CategoryView view(Category c, long itemCount) {
		return new CollectionViews.CategoryView(c.id(), c.name(), c.description(), c.fields(), itemCount, c.createdAt(),
				c.updatedAt(), c.version());
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

}
