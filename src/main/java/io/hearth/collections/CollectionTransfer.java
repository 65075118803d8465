package io.hearth.collections;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.hearth.platform.ApiException;
import io.hearth.platform.ErrorCodes;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A whole collection out and back in: JSON (categories, items, links, photo metadata)
 * written and read as a stream in batches, so size is bounded only by disk; CSV for one
 * category, a column per field. Import is idempotent by id: running it twice creates
 * nothing new. Photos' bytes are not part of the export; their metadata is listed and
 * skipped on import.
 */
@Service
class CollectionTransfer {

	static final int BATCH = 500;

	private final Categories categories;

	private final Items items;

	private final ItemLinks links;

	private final ItemPhotos photos;

	private final ItemFieldValues fieldValues;

	private final ItemCatalog catalog;

	private final CollectionChanges changes;

	private final TransactionTemplate transactions;

	private final JsonMapper json;

	private final Clock clock;

	CollectionTransfer(Categories categories, Items items, ItemLinks links, ItemPhotos photos,
			ItemFieldValues fieldValues, ItemCatalog catalog, CollectionChanges changes,
			TransactionTemplate transactions, JsonMapper json, Clock clock) {
		this.categories = categories;
		this.items = items;
		this.links = links;
		this.photos = photos;
		this.fieldValues = fieldValues;
		this.catalog = catalog;
		this.changes = changes;
		this.transactions = transactions;
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
				generator.writePOJO(
						new CategoryRecord(category.id(), category.name(), category.description(), category.fields()));
			}
			generator.writeEndArray();
			generator.writeName("items");
			generator.writeStartArray();
			long written = 0;
			for (List<Item> batch : batches(owner)) {
				List<UUID> ids = batch.stream().map(Item::id).toList();
				Map<UUID, List<LinkRecord>> linksByItem = new java.util.HashMap<>();
				this.links.findByItemIdInOrderByPosition(ids)
					.forEach((l) -> linksByItem.computeIfAbsent(l.itemId(), (k) -> new ArrayList<>())
						.add(new LinkRecord(l.id(), l.url(), l.label())));
				Map<UUID, List<PhotoRecord>> photosByItem = new java.util.HashMap<>();
				this.photos.findByItemIdInOrderByPosition(ids)
					.forEach((p) -> photosByItem.computeIfAbsent(p.itemId(), (k) -> new ArrayList<>())
						.add(new PhotoRecord(p.id(), p.fileId(), p.primary())));
				for (Item item : batch) {
					generator.writePOJO(new ItemRecord(item.id(), item.categoryId(), item.name(), item.description(),
							item.values(), linksByItem.getOrDefault(item.id(), List.of()),
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
	 * Reads an export back. The upload is spooled to a temporary file and checked
	 * completely first, so a bad import changes nothing; then it is applied in batches.
	 * Ids already present are updated, not duplicated.
	 */
	ImportResult importJson(UUID owner, InputStream in, ImportLimits limits, @Nullable PrintWriter progress)
			throws IOException {
		java.nio.file.Path spool = java.nio.file.Files.createTempFile("hearth-import", ".json");
		try {
			spool(in, spool, limits.maxBytes());
			Map<UUID, List<FieldDefinition>> categoriesInFile = new java.util.HashMap<>();
			Map<String, List<String>> errors = new java.util.LinkedHashMap<>();
			long[] itemCount = { 0 };
			read(spool, (category) -> {
				if (categoriesInFile.size() >= limits.maxCategories()) {
					throw ApiException.invalid("categories",
							"an import has at most " + limits.maxCategories() + " categories");
				}
				if (categoriesInFile.containsKey(category.id())) {
					throw ApiException.invalid("categories", "category " + category.id() + " appears twice");
				}
				check(owner, category, categoriesInFile, errors);
			}, (item) -> {
				if (++itemCount[0] > limits.maxItems()) {
					throw ApiException.invalid("items", "an import has at most " + limits.maxItems() + " items");
				}
				check(owner, item, categoriesInFile, errors);
			});
			if (!errors.isEmpty()) {
				throw ApiException.invalid(errors);
			}
			ImportResult result = new ImportResult();
			List<ItemRecord> batch = new ArrayList<>(BATCH);
			read(spool, (category) -> this.transactions.executeWithoutResult((s) -> {
				upsert(owner, category, result);
				this.changes.changed(owner);
			}), (item) -> {
				batch.add(item);
				if (batch.size() == BATCH) {
					save(owner, batch, result, progress);
				}
			});
			save(owner, batch, result, progress);
			if (progress != null) {
				progress.println();
			}
			return result;
		}
		finally {
			java.nio.file.Files.deleteIfExists(spool);
		}
	}

	/**
	 * Copies the upload to the spool file, refusing it with 413 past {@code maxBytes}.
	 */
	private static void spool(InputStream in, java.nio.file.Path spool, long maxBytes) throws IOException {
		try (var out = java.nio.file.Files.newOutputStream(spool)) {
			byte[] buffer = new byte[64 * 1024];
			long total = 0;
			int n;
			while ((n = in.read(buffer)) > 0) {
				total += n;
				if (total > maxBytes) {
					throw new ApiException(org.springframework.http.HttpStatus.CONTENT_TOO_LARGE,
							ErrorCodes.PAYLOAD_TOO_LARGE, "An import is at most " + maxBytes + " bytes");
				}
				out.write(buffer, 0, n);
			}
		}
	}

	/**
	 * How much one import may hold; the command line imports without limits.
	 *
	 * @param maxBytes size of the JSON document
	 * @param maxCategories categories in it
	 * @param maxItems items in it
	 */
	record ImportLimits(long maxBytes, int maxCategories, long maxItems) {

		static final ImportLimits NONE = new ImportLimits(Long.MAX_VALUE, Integer.MAX_VALUE, Long.MAX_VALUE);

	}

	private void read(java.nio.file.Path file, java.util.function.Consumer<CategoryRecord> onCategory,
			java.util.function.Consumer<ItemRecord> onItem) throws IOException {
		try (InputStream in = java.nio.file.Files.newInputStream(file);
				JsonParser parser = this.json.createParser(in)) {
			if (parser.nextToken() != JsonToken.START_OBJECT) {
				throw malformed("the import must be a JSON object with categories and items");
			}
			while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
				String name = parser.currentName();
				parser.nextToken();
				switch (name) {
					case "categories" -> {
						expectArray(parser, name);
						while (parser.nextToken() != JsonToken.END_ARRAY) {
							if (parser.currentToken() != JsonToken.START_OBJECT) {
								throw malformed("every entry of categories must be an object");
							}
							onCategory.accept(parser.readValueAs(CategoryRecord.class));
						}
					}
					case "items" -> {
						expectArray(parser, name);
						while (parser.nextToken() != JsonToken.END_ARRAY) {
							if (parser.currentToken() != JsonToken.START_OBJECT) {
								throw malformed("every entry of items must be an object");
							}
							onItem.accept(parser.readValueAs(ItemRecord.class));
						}
					}
					default -> parser.skipChildren();
				}
			}
		}
		catch (JacksonException ex) {
			// Jackson's own message names Java types: say where, not what the parser
			// thought
			var at = ex.getLocation();
			throw malformed("the import is not a Hearth collection export"
					+ ((at != null) ? " (near line " + at.getLineNr() + ", column " + at.getColumnNr() + ")" : ""));
		}
	}

	private void check(UUID owner, CategoryRecord record, Map<UUID, List<FieldDefinition>> seen,
			Map<String, List<String>> errors) {
		String at = "categories[" + seen.size() + "]";
		if (record.id() == null || record.name() == null || record.name().isBlank()) {
			errors.put(at, List.of("needs an id and a name"));
			return;
		}
		var problems = FieldDefinition.problems(record.fields());
		if (!problems.isEmpty()) {
			errors.put(at, List.of("has invalid fields: " + problems));
		}
		this.categories.findById(record.id())
			.filter((c) -> !c.ownerId().equals(owner))
			.ifPresent((c) -> errors.put(at, List.of("id " + record.id() + " belongs to someone else")));
		seen.put(record.id(), (record.fields() != null) ? record.fields() : List.of());
	}

	private void check(UUID owner, ItemRecord record, Map<UUID, List<FieldDefinition>> categoriesInFile,
			Map<String, List<String>> errors) {
		if (errors.size() >= 20) {
			return;
		}
		String at = "items." + record.id();
		if (record.id() == null || record.name() == null || record.name().isBlank() || record.categoryId() == null) {
			errors.put("items", List.of("every item needs an id, a name and a category_id"));
			return;
		}
		List<FieldDefinition> fields = categoriesInFile.get(record.categoryId());
		if (fields == null) {
			fields = this.categories.findById(record.categoryId())
				.filter((c) -> c.ownerId().equals(owner))
				.map(Category::fields)
				.orElse(null);
		}
		if (fields == null) {
			errors.put(at, List.of("names a category that is neither in the file nor yours"));
			return;
		}
		Map<String, List<String>> valueErrors = new java.util.LinkedHashMap<>();
		ValueValidator.validate(this.json.valueToTree(record.values()), fields, valueErrors);
		if (!valueErrors.isEmpty()) {
			errors.put(at, List.of("has invalid values: " + valueErrors));
		}
		this.items.findById(record.id())
			.filter((i) -> !i.ownerId().equals(owner))
			.ifPresent((i) -> errors.put(at, List.of("id belongs to someone else")));
	}

	private void save(UUID owner, List<ItemRecord> batch, ImportResult result, @Nullable PrintWriter progress) {
		if (batch.isEmpty()) {
			return;
		}
		this.transactions.executeWithoutResult((s) -> {
			batch.forEach((r) -> upsert(owner, r, result));
			this.changes.changed(owner);
		});
		batch.clear();
		if (progress != null) {
			progress.printf("\rimported %,d items", result.itemsCreated + result.itemsUpdated);
			progress.flush();
		}
	}

	private void upsert(UUID owner, CategoryRecord record, ImportResult result) {
		var problems = FieldDefinition.problems(record.fields());
		if (record.id() == null || record.name() == null || !problems.isEmpty()) {
			throw ApiException.invalid("categories",
					"a category is incomplete or has invalid fields: " + record.name());
		}
		List<FieldDefinition> fields = (record.fields() != null) ? record.fields() : List.of();
		Category existing = this.categories.findById(record.id()).orElse(null);
		if (existing == null) {
			this.categories
				.saveAndFlush(new Category(record.id(), owner, record.name(), record.description(), fields, now()));
			result.categoriesCreated++;
		}
		else if (existing.ownerId().equals(owner)) {
			existing.change(record.name(), record.description(), fields, now());
			result.categoriesUpdated++;
		}
		else {
			throw ApiException.conflict(ErrorCodes.CONFLICT, "Category " + record.id() + " belongs to someone else");
		}
	}

	private void upsert(UUID owner, ItemRecord record, ImportResult result) {
		Category category = (record.categoryId() != null)
				? this.categories.findById(record.categoryId()).filter((c) -> c.ownerId().equals(owner)).orElse(null)
				: null;
		if (record.id() == null || record.name() == null || category == null) {
			throw ApiException.invalid("items",
					"item " + record.id() + " is incomplete or names a category not imported");
		}
		Map<String, List<String>> errors = new java.util.LinkedHashMap<>();
		Map<String, Object> values = ValueValidator.validate(this.json.valueToTree(record.values()), category.fields(),
				errors);
		if (!errors.isEmpty()) {
			throw ApiException.invalid(Map.of("items", List.of("item " + record.id() + ": " + errors)));
		}
		Item item = this.items.findById(record.id()).orElse(null);
		if (item == null) {
			item = this.items.saveAndFlush(
					new Item(record.id(), owner, category.id(), record.name(), record.description(), values, now()));
			result.itemsCreated++;
		}
		else if (item.ownerId().equals(owner)) {
			item.change(category.id(), record.name(), record.description(), values, now());
			this.fieldValues.deleteForItem(item.id());
			this.items.flush();
			result.itemsUpdated++;
		}
		else {
			throw ApiException.conflict(ErrorCodes.CONFLICT, "Item " + record.id() + " belongs to someone else");
		}
		this.catalog.indexValues(item, values);
		if (record.urls() != null) {
			int position = 0;
			for (LinkRecord link : record.urls()) {
				if (link.id() != null && this.links.existsById(link.id())) {
					continue;
				}
				if (ValueValidator.isWebUrl(link.url())) {
					this.links.save(new ItemParts.Link((link.id() != null) ? link.id() : io.hearth.platform.Ids.newId(),
							item.id(), link.url(), link.label(), position++, now()));
				}
			}
			this.links.flush();
			item.urlsChanged((int) this.links.countByItemId(item.id()), now());
		}
		result.photosSkipped += (record.photos() != null) ? record.photos().size() : 0;
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
				return CollectionTransfer.this.items.findBy(spec,
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

	private static void expectArray(JsonParser parser, String name) {
		if (parser.currentToken() != JsonToken.START_ARRAY) {
			throw malformed(name + " must be a list");
		}
	}

	private static ApiException malformed(String detail) {
		return new ApiException(HttpStatus.BAD_REQUEST, ErrorCodes.MALFORMED_REQUEST, detail);
	}

	private static String nullToEmpty(@Nullable String value) {
		return (value != null) ? value : "";
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	record CategoryRecord(@Nullable UUID id, @Nullable String name, @Nullable String description,
			@Nullable List<FieldDefinition> fields) {
	}

	record LinkRecord(@Nullable UUID id, String url, @Nullable String label) {
	}

	record PhotoRecord(@Nullable UUID id, @Nullable UUID fileId, boolean isPrimary) {
	}

	record ItemRecord(@Nullable UUID id, @Nullable UUID categoryId, @Nullable String name, @Nullable String description,
			@Nullable Map<String, Object> values, @Nullable List<LinkRecord> urls, @Nullable List<PhotoRecord> photos,
			@Nullable Instant createdAt, @Nullable Instant updatedAt) {
	}

	/** What an import did. */
	static final class ImportResult {

		public int categoriesCreated;

		public int categoriesUpdated;

		public int itemsCreated;

		public int itemsUpdated;

		public int photosSkipped;

	}

}
