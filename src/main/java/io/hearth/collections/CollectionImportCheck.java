package io.hearth.collections;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.hearth.platform.ApiException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * A collection export read back in. The upload is spooled to a temporary file and checked
 * completely first, so a bad import changes nothing; then it is applied in batches.
 * Idempotent by id: running it twice creates nothing new; photos' metadata is skipped.
 */
/**
 * The first pass of an import: the whole file is read and checked, against the limits,
 * itself and what the owner already has, before anything is written, so that a bad import
 * changes nothing and the apply pass cannot fail half-way.
 */
@Component
class CollectionImportCheck {

	private final Categories categories;

	private final Items items;

	private final ItemLinks links;

	private final JsonMapper json;

	CollectionImportCheck(Categories categories, Items items, ItemLinks links, JsonMapper json) {
		this.categories = categories;
		this.items = items;
		this.links = links;
		this.json = json;
	}

	/**
	 * @throws ApiException 422 with every problem found, keyed by where it is
	 */
	void check(UUID owner, java.nio.file.Path spool, CollectionFileReader reader, CollectionImport.ImportLimits limits)
			throws IOException {
		Map<UUID, List<FieldDefinition>> categoriesInFile = new java.util.HashMap<>();
		Map<String, List<String>> errors = new java.util.LinkedHashMap<>();
		long[] itemCount = { 0 };
		reader.read(spool, (category) -> {
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
	}

	private void check(UUID owner, CollectionFile.CategoryRecord record, Map<UUID, List<FieldDefinition>> seen,
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

	private void check(UUID owner, CollectionFile.ItemRecord record, Map<UUID, List<FieldDefinition>> categoriesInFile,
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
		if (record.urls() != null && record.urls()
			.stream()
			.anyMatch((link) -> link == null || link.url() == null || !ValueValidator.isWebUrl(link.url()))) {
			errors.put(at + ".urls", List.of("every link needs an absolute http(s) url of at most 2048 characters"));
		}
		Item existing = this.items.findById(record.id()).orElse(null);
		if (existing != null && !existing.ownerId().equals(owner)) {
			errors.put(at, List.of("id belongs to someone else"));
		}
		else if ((existing != null ? existing.urlCount() : 0) + fresh(record).size() > Item.MAX_URLS) {
			// checked here: the apply pass must not fail after earlier batches committed
			errors.put(at + ".urls", List.of("would give the item more than " + Item.MAX_URLS + " links"));
		}
	}

	/** The record's links that are not stored yet (an import is idempotent). */
	List<CollectionFile.LinkRecord> fresh(CollectionFile.ItemRecord record) {
		if (record.urls() == null) {
			return List.of();
		}
		return record.urls()
			.stream()
			.filter((link) -> link != null && link.url() != null && ValueValidator.isWebUrl(link.url()))
			.filter((link) -> link.id() == null || !this.links.existsById(link.id()))
			.toList();
	}

}
