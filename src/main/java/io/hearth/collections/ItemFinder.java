package io.hearth.collections;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.hearth.files.FileManagement;
import io.hearth.files.FileView;
import io.hearth.identity.Caller;
import io.hearth.platform.ApiException;
import io.hearth.platform.CursorPage;
import io.hearth.platform.Cursors;
import io.hearth.platform.PageQuery;
import io.hearth.platform.SearchQuery;
import io.hearth.platform.SearchedPage;
import io.hearth.platform.SortParameter;
import io.hearth.platform.SpecificationQueries;
import jakarta.persistence.EntityManager;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read side of items: one by id, numbered and keyset pages, and their views (a page,
 * then its links, photos and categories in one batch each). Owners read theirs, admins
 * every owner's.
 */
@Service
public class ItemFinder {

	static final SortParameter SORT = SortParameter.allow(
			Map.of("name", "nameKey", "created_at", "createdAt", "updated_at", "updatedAt"),
			Sort.by(Sort.Order.desc("createdAt")));

	/**
	 * With {@code q}: name matches first, then newest (the default when {@code q} is
	 * given).
	 */
	static final String RELEVANCE = "relevance";

	private final Items items;

	private final ItemRows rows;

	private final ItemSearch itemSearch;

	private final ItemLinks links;

	private final ItemPhotos photos;

	private final CategoryBook categories;

	private final FileManagement files;

	private final EntityManager entityManager;

	private final CollectionChanges changes;

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

	ItemFinder(Items items, ItemRows rows, ItemSearch itemSearch, ItemLinks links, ItemPhotos photos,
			CategoryBook categories, FileManagement files, EntityManager entityManager, CollectionChanges changes) {
		this.items = items;
		this.rows = rows;
		this.itemSearch = itemSearch;
		this.links = links;
		this.photos = photos;
		this.categories = categories;
		this.files = files;
		this.entityManager = entityManager;
		this.changes = changes;
	}

	private record CachedView(UUID owner, long stamp, CollectionViews.ItemView view) {
	}

	private record TotalKey(UUID owner, long stamp, ItemFilters filters) {
	}

	/**
	 * One item: from the view cache while the owner's counter stays put, else from the
	 * read model ({@link ItemRows}), outside any transaction.
	 */
	public CollectionViews.ItemView get(Caller caller, UUID id) {
		if (caller.isAdmin()) {
			return rowViews(List.of(readableRow(caller, id))).get(0);
		}
		long stamp = this.changes.stamp(caller.id());
		CachedView hit = this.recentViews.getIfPresent(id);
		if (hit != null && hit.stamp() == stamp && hit.owner().equals(caller.id())) {
			return hit.view();
		}
		CollectionViews.ItemView view = rowViews(List.of(readableRow(caller, id))).get(0);
		if (view.photos().stream().allMatch((p) -> p.status().equals("ready"))) {
			this.recentViews.put(id, new CachedView(caller.id(), stamp, view));
		}
		return view;
	}

	/**
	 * A numbered page. With {@code q} and no other {@code sort} ({@code relevance}):
	 * items whose name matches every word first, newest first within each tier; the total
	 * is exact up to {@value SearchedPage#COUNT_LIMIT}.
	 */
	@Transactional(readOnly = true)
	public SearchedPage<CollectionViews.ItemView> list(Caller caller, ItemFilters filters, PageQuery paging,
			@Nullable String sort) {
		SearchQuery search = filters.search();
		if (search != null) {
			return search(caller, filters, search, paging, sort);
		}
		return new SearchedPage<>(unsearched(caller, filters, paging, sort), false, List.of());
	}

	private SearchedPage<CollectionViews.ItemView> search(Caller caller, ItemFilters filters, SearchQuery search,
			PageQuery paging, @Nullable String sort) {
		UUID owner = caller.isAdmin() ? null : caller.id();
		Specification<Item> spec = scope(caller).and(filters.toSpecification())
			.and(this.itemSearch.matching(owner, search));
		boolean relevance = sort == null || sort.equals(RELEVANCE);
		Pageable pageable = paging.toPageable(relevance ? Sort.unsorted() : SORT.parse(sort, "id"));
		List<Item> content = relevance
				? SpecificationQueries.tieredPage(this.entityManager, Item.class, spec,
						this.itemSearch.nameMatching(owner, search), pageable)
				: SpecificationQueries.page(this.entityManager, Item.class, spec, pageable);
		long counted = (pageable.getOffset() == 0 && content.size() < pageable.getPageSize()) ? content.size()
				: SpecificationQueries.countUpTo(this.entityManager, Item.class, spec, SearchedPage.COUNT_LIMIT + 1);
		long total = Math.min(counted, SearchedPage.COUNT_LIMIT);
		List<String> suggestions = (total == 0) ? this.itemSearch.suggestions(owner, Optional.of(search)) : List.of();
		return new SearchedPage<>(new PageImpl<>(views(content), pageable, total), counted > SearchedPage.COUNT_LIMIT,
				suggestions);
	}

	private Page<CollectionViews.ItemView> unsearched(Caller caller, ItemFilters filters, PageQuery paging,
			@Nullable String sort) {
		Specification<Item> spec = scope(caller).and(filters.toSpecification());
		Pageable pageable = paging.toPageable(SORT.parse(sort, "id"));
		List<Item> content = SpecificationQueries.page(this.entityManager, Item.class, spec, pageable);
		long total;
		if (pageable.getOffset() == 0 && content.size() < pageable.getPageSize()) {
			total = content.size();
		}
		else if (caller.isAdmin()) {
			total = this.items.count(spec);
		}
		else {
			UUID owner = caller.id();
			total = this.totals.get(new TotalKey(owner, this.changes.stamp(owner), filters),
					(key) -> this.items.count(spec));
		}
		return new PageImpl<>(views(content), pageable, total);
	}

	/**
	 * Newest first by keyset: a page deep in the chain costs what the first does. With
	 * {@code q} too (keyset pages have no relevance tiers: they walk every match).
	 */
	@Transactional(readOnly = true)
	public CursorPage<CollectionViews.ItemView> scroll(Caller caller, ItemFilters filters, PageQuery paging) {
		Instant at = null;
		UUID after = null;
		if (paging.cursor() != null && !paging.cursor().isEmpty()) {
			Cursors.Keyset keyset = Cursors.keyset(paging.cursor());
			at = keyset.at();
			after = keyset.id();
		}
		UUID owner = caller.isAdmin() ? null : caller.id();
		Specification<Item> spec = scope(caller).and(filters.toSpecification());
		if (filters.search() != null) {
			spec = spec.and(this.itemSearch.matching(owner, filters.search()));
		}
		List<Item> rows = SpecificationQueries.newestFirst(this.entityManager, Item.class, spec, at, after,
				paging.perPage() + 1);
		List<CollectionViews.ItemView> views = views(rows);
		CursorPage<CollectionViews.ItemView> page = CursorPage.of(views, paging.perPage(),
				(last) -> List.of(last.createdAt().toString(), last.id().toString()));
		return (rows.isEmpty() && at == null)
				? page.suggesting(this.itemSearch.suggestions(owner, Optional.ofNullable(filters.search()))) : page;
	}

	/** The caller's items; every owner's for an admin. */
	Specification<Item> scope(Caller caller) {
		if (caller.isAdmin()) {
			return (root, query, cb) -> cb.conjunction();
		}
		UUID owner = caller.id();
		return (root, query, cb) -> cb.equal(root.get("ownerId"), owner);
	}

	private ItemRows.Row readableRow(Caller caller, UUID id) {
		return this.rows.byId(id)
			.filter((i) -> i.ownerId().equals(caller.id()) || caller.isAdmin())
			.orElseThrow(() -> ApiException.notFound("Item"));
	}

	CollectionViews.ItemView view(Item item) {
		return rowViews(List.of(item.row())).get(0);
	}

	List<CollectionViews.ItemView> views(List<Item> items) {
		return rowViews(items.stream().map(Item::row).toList());
	}

	private List<CollectionViews.ItemView> rowViews(List<ItemRows.Row> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		List<UUID> withLinks = rows.stream().filter((i) -> i.urlCount() > 0).map(ItemRows.Row::id).toList();
		Map<UUID, List<CollectionViews.LinkView>> linksByItem = new HashMap<>();
		(withLinks.isEmpty() ? List.<ItemParts.Link>of() : this.links.findByItemIdInOrderByPosition(withLinks))
			.forEach((l) -> linksByItem.computeIfAbsent(l.itemId(), (k) -> new ArrayList<>())
				.add(new CollectionViews.LinkView(l.id(), l.url(), l.label())));
		List<UUID> withPhotos = rows.stream().filter((i) -> i.photoCount() > 0).map(ItemRows.Row::id).toList();
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
		for (ItemRows.Row item : rows) {
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

}
