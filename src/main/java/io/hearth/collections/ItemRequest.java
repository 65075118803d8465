package io.hearth.collections;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * An item as a client sends it (POST, PUT; a PATCH is merged onto the current one first).
 * Text is trimmed and blank counts as missing. What depends on the category (its
 * ownership, each value against its field) is checked by {@link ItemInput}.
 */
@Schema(name = "ItemRequest")
record ItemRequest(
		@NotBlank(message = "is required") @Size(max = 200, message = "must be at most {max} characters") String name,
		@Nullable @Size(max = 5000, message = "must be at most {max} characters") String description,
		@NotNull(message = "is required") UUID categoryId,
		@Schema(type = "object",
				description = "Keyed by field key of the category; each value of its field's type (text, number, select, boolean, date YYYY-MM-DD, url); null or absent clears it") @Nullable Map<String, JsonNode> values,
		@Schema(description = "Only when creating; afterwards links change through /items/{id}/urls") @Nullable @Size(
				max = Item.MAX_URLS, message = "must have at most {max} entries") List<@NotNull(
						message = "must not be null") @Valid Link> urls) {

	ItemRequest {
		name = trimmed(name);
		description = trimmed(description);
	}

	/** A link of a new item. */
	@Schema(name = "ItemLinkRequest")
	record Link(@NotBlank(message = "is required") String url,
			@Nullable @Size(max = 200, message = "must be at most {max} characters") String label) {

		Link {
			url = trimmed(url);
			label = trimmed(label);
		}

	}

	/** The item's current state as the body that would have made it (links excluded). */
	static ItemRequest of(Item item) {
		Map<String, JsonNode> values = new java.util.LinkedHashMap<>();
		item.values().forEach((key, value) -> values.put(key, Category.mapper().valueToTree(value)));
		return new ItemRequest(item.name(), item.description(), item.categoryId(), values, null);
	}

	private static @Nullable String trimmed(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
