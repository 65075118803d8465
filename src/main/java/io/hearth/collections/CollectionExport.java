package io.hearth.collections;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.hearth.platform.ApiException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;

/**
 * A whole collection out: JSON (categories, items, links, photo metadata) written as a
 * stream in batches, so its size is bounded only by disk; CSV for one category, a column
 * per field. Photos' bytes are not part of the export; their metadata is listed.
 */
@Service
class CollectionExport {

	static final int BATCH = 500;

	private final Categories categories;

	private final Items items;

	private final ItemLinks links;

	private final ItemPhotos photos;

	private final JsonMapper json;

	private final Clock clock;

	CollectionExport(Categories categories, Items items, ItemLinks links, ItemPhotos photos, JsonMapper json,
			Clock clock) {
		this.categories = categories;
		this.items = items;
		this.links = links;
		this.photos = photos;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * Streams the owner's collection as JSON; {@code progress} hears the item count after
	 * each batch.
	 */
	void exportJson(UUID owner, OutputStream out, @Nullable PrintWriter progress) throws IOException {
		try (JsonGenerator generator = this.json.createGenerator(out)) {
			generator.writeStartObject();
			generator.writeStringProperty("format", "hearth-collection/1");
			generator.writeStringProperty("exported_at", this.clock.instant().toString());
			generator.writeName("categories");
			generator.writeStartArray();
			for (Category category : this.categories.findByOwnerIdOrderByNameKey(owner)) {
				generator.writePOJO(new CollectionFile.CategoryRecord(category.id(), category.name(),
						category.description(), category.fields()));
			}
			generator.writeEndArray();
			generator.writeName("items");
			generator.writeStartArray();
			long written = 0;
			for (List<Item> batch : batches(owner)) {
				List<UUID> ids = batch.stream().map(Item::id).toList();
				Map<UUID, List<CollectionFile.LinkRecord>> linksByItem = new java.util.HashMap<>();
				this.links.findByItemIdInOrderByPosition(ids)
					.forEach((l) -> linksByItem.computeIfAbsent(l.itemId(), (k) -> new ArrayList<>())
						.add(new CollectionFile.LinkRecord(l.id(), l.url(), l.label())));
				Map<UUID, List<CollectionFile.PhotoRecord>> photosByItem = new java.util.HashMap<>();
				this.photos.findByItemIdInOrderByPosition(ids)
					.forEach((p) -> photosByItem.computeIfAbsent(p.itemId(), (k) -> new ArrayList<>())
						.add(new CollectionFile.PhotoRecord(p.id(), p.fileId(), p.primary())));
				for (Item item : batch) {
					generator.writePOJO(new CollectionFile.ItemRecord(item.id(), item.categoryId(), item.name(),
							item.description(), item.values(), linksByItem.getOrDefault(item.id(), List.of()),
							photosByItem.getOrDefault(item.id(), List.of()), item.createdAt(), item.updatedAt()));
				}
				generator.flush();
				written += batch.size();
				if (progress != null) {
					progress.printf("\rexported %,d items", written);
					progress.flush();
				}
			}
			generator.writeEndArray();
			generator.writeEndObject();
		}
		if (progress != null) {
			progress.println();
		}
	}

	/**
	 * One category as CSV: id, name, description, a column per field, links, timestamps.
	 */
	void exportCsv(UUID owner, UUID categoryId, Writer out) throws IOException {
		Category category = this.categories.findById(categoryId)
			.filter((c) -> c.ownerId().equals(owner))
			.orElseThrow(() -> ApiException.notFound("Category"));
		List<FieldDefinition> fields = category.fields();
		List<String> header = new ArrayList<>(List.of("id", "name", "description"));
		fields.forEach((f) -> header.add(f.key()));
		header.addAll(List.of("urls", "created_at", "updated_at"));
		CSVPrinter csv = CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get().print(out);
		for (List<Item> batch : batches(owner)) {
			Map<UUID, List<String>> urls = new java.util.HashMap<>();
			this.links.findByItemIdInOrderByPosition(batch.stream().map(Item::id).toList())
				.forEach((l) -> urls.computeIfAbsent(l.itemId(), (k) -> new ArrayList<>()).add(l.url()));
			for (Item item : batch) {
				if (!item.categoryId().equals(categoryId)) {
					continue;
				}
				List<Object> row = new ArrayList<>(List.of(item.id(), item.name(), nullToEmpty(item.description())));
				Map<String, Object> values = item.values();
				fields.forEach((f) -> row.add(values.getOrDefault(f.key(), "")));
				row.add(String.join(" ", urls.getOrDefault(item.id(), List.of())));
				row.add(item.createdAt());
				row.add(item.updatedAt());
				csv.printRecord(row);
			}
			csv.flush();
		}
		csv.flush();
	}

	/**
	 * The owner's items, oldest first, {@value #BATCH} at a time by keyset; each batch in
	 * its own read.
	 */
	private Iterable<List<Item>> batches(UUID owner) {
		return () -> new java.util.Iterator<>() {
			private @Nullable Item last;

			private @Nullable List<Item> next = fetch();

			private List<Item> fetch() {
				Item after = this.last;
				Specification<Item> spec = (root, q, cb) -> cb.equal(root.get("ownerId"), owner);
				if (after != null) {
					Instant at = after.createdAt();
					UUID id = after.id();
					spec = spec.and((root, q, cb) -> cb.and(cb.greaterThanOrEqualTo(root.get("createdAt"), at),
							cb.or(cb.greaterThan(root.get("createdAt"), at), cb.greaterThan(root.get("id"), id))));
				}
				return CollectionExport.this.items.findBy(spec,
						(q) -> q.sortBy(Sort.by("createdAt", "id")).limit(BATCH).all());
			}

			@Override
			public boolean hasNext() {
				return this.next != null && !this.next.isEmpty();
			}

			@Override
			public List<Item> next() {
				List<Item> current = this.next;
				this.last = current.getLast();
				this.next = (current.size() < BATCH) ? null : fetch();
				return current;
			}
		};
	}

	private static String nullToEmpty(@Nullable String value) {
		return (value != null) ? value : "";
	}

}
