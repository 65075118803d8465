package io.hearth.collections;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.hearth.platform.ApiException;
import io.hearth.platform.ErrorCodes;
import io.hearth.platform.Ids;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A collection export read back in. The upload is spooled to a temporary file and checked
 * completely first, so a bad import changes nothing; then it is applied in batches.
 * Idempotent by id: running it twice creates nothing new; photos' metadata is skipped.
 */
@Service
class CollectionImport {

	static final int BATCH = CollectionExport.BATCH;

	private final Categories categories;

	private final Items items;

	private final CollectionImportCheck check;

	private final ItemFieldValues fieldValues;

	private final ItemCatalog catalog;

	private final CollectionChanges changes;

	private final TransactionTemplate transactions;

	private final CollectionFileReader reader;

	private final JsonMapper json;

	private final Clock clock;

	CollectionImport(Categories categories, Items items, CollectionImportCheck check, ItemFieldValues fieldValues,
			ItemCatalog catalog, CollectionChanges changes, TransactionTemplate transactions, JsonMapper json,
			Clock clock) {
		this.reader = new CollectionFileReader(json);
		this.categories = categories;
		this.items = items;
		this.check = check;
		this.fieldValues = fieldValues;
		this.catalog = catalog;
		this.changes = changes;
		this.transactions = transactions;
		this.json = json;
		this.clock = clock;
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
			CollectionFileReader.spool(in, spool, limits.maxBytes());
			this.check.check(owner, spool, this.reader, limits);
			ImportResult result = new ImportResult();
			List<CollectionFile.ItemRecord> batch = new ArrayList<>(BATCH);
			this.reader.read(spool, (category) -> this.transactions.executeWithoutResult((s) -> {
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
	 * How much one import may hold; the command line imports without limits.
	 *
	 * @param maxBytes size of the JSON document
	 * @param maxCategories categories in it
	 * @param maxItems items in it
	 */
	record ImportLimits(long maxBytes, int maxCategories, long maxItems) {

		static final ImportLimits NONE = new ImportLimits(Long.MAX_VALUE, Integer.MAX_VALUE, Long.MAX_VALUE);

	}

	private void save(UUID owner, List<CollectionFile.ItemRecord> batch, ImportResult result,
			@Nullable PrintWriter progress) {
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

	private void upsert(UUID owner, CollectionFile.CategoryRecord record, ImportResult result) {
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

	private void upsert(UUID owner, CollectionFile.ItemRecord record, ImportResult result) {
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
			item = this.items.saveAndFlush(new Item(record.id(), owner, category.id(), record.name(),
					record.description(), values, category.fields(), now()));
			result.itemsCreated++;
		}
		else if (item.ownerId().equals(owner)) {
			item.change(category.id(), record.name(), record.description(), values, category.fields(), now());
			this.fieldValues.deleteForItem(item.id());
			this.items.flush();
			result.itemsUpdated++;
		}
		else {
			throw ApiException.conflict(ErrorCodes.CONFLICT, "Item " + record.id() + " belongs to someone else");
		}
		this.catalog.indexValues(item, values);
		for (CollectionFile.LinkRecord link : this.check.fresh(record)) {
			item.addLink((link.id() != null) ? link.id() : Ids.newId(), link.url(), link.label(), now());
		}
		this.items.flush();
		result.photosSkipped += (record.photos() != null) ? record.photos().size() : 0;
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
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
