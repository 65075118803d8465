package io.hearth.collections;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.hearth.files.FileView;
import org.jspecify.annotations.Nullable;

/** What the collections API shows. */
public final class CollectionViews {

	private CollectionViews() {
	}

	public record CategoryView(UUID id, String name, @Nullable String description, List<FieldDefinition> fields,
			long itemCount, Instant createdAt, Instant updatedAt,
			long version) implements io.hearth.platform.Versioned {
	}

	public record FieldWithValue(String key, String label, FieldDefinition.Type type, boolean required,
			@Nullable Object value) {
	}

	public record LinkView(UUID id, String url, @Nullable String label) {
	}

	public record PhotoView(UUID id, String contentType, int width, int height, long size, boolean isPrimary,
			String status, Map<String, String> urls) {

		static PhotoView of(ItemParts.Photo photo, FileView file) {
			return new PhotoView(photo.id(), file.contentType(), file.width(), file.height(), file.size(),
					photo.primary(), file.status(), file.urls());
		}

	}

	public record ItemView(UUID id, UUID categoryId, String categoryName, String name, @Nullable String description,
			Map<String, Object> values, List<FieldWithValue> fields, List<LinkView> urls, List<PhotoView> photos,
			@Nullable PhotoView primaryPhoto, Instant createdAt, Instant updatedAt,
			long version) implements io.hearth.platform.Versioned {
	}

}
