package io.hearth.collections;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The records of a collection export document ({@code format: hearth-collection/1}),
 * written by {@link CollectionExport} and read by {@link CollectionImport}.
 */
final class CollectionFile {

	private CollectionFile() {
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

}
