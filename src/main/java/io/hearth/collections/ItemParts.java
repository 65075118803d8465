package io.hearth.collections;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import io.hearth.platform.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * Rows that belong to an item: its links, its photos and its field values as filterable
 * rows.
 */
final class ItemParts {

	private ItemParts() {
	}

	@Entity(name = "ItemLink")
	@Table(name = "item_urls")
	static class Link {

		@Id
		private UUID id;

		// the column the owning item's collection joins on (read-only there)
		@Column(name = "item_id")
		private UUID itemId;

		private String url;

		private @Nullable String label;

		private int position;

		private Instant createdAt;

		protected Link() {
			// for JPA
		}

		Link(UUID id, UUID itemId, String url, @Nullable String label, int position, Instant now) {
			this.id = id;
			this.itemId = itemId;
			this.url = url;
			this.label = label;
			this.position = position;
			this.createdAt = now;
		}

		Link(UUID itemId, String url, @Nullable String label, int position, Instant now) {
			this(Ids.newId(), itemId, url, label, position, now);
		}

		UUID id() {
			return this.id;
		}

		UUID itemId() {
			return this.itemId;
		}

		String url() {
			return this.url;
		}

		@Nullable String label() {
			return this.label;
		}

	}

	@Entity(name = "ItemPhoto")
	@Table(name = "item_photos")
	static class Photo {

		@Id
		private UUID id;

		// the column the owning item's collection joins on (read-only there)
		@Column(name = "item_id")
		private UUID itemId;

		private UUID fileId;

		@Column(name = "is_primary")
		private boolean primary;

		private int position;

		private Instant createdAt;

		protected Photo() {
			// for JPA
		}

		Photo(UUID itemId, UUID fileId, boolean primary, int position, Instant now) {
			this.id = Ids.newId();
			this.itemId = itemId;
			this.fileId = fileId;
			this.primary = primary;
			this.position = position;
			this.createdAt = now;
		}

		void primary(boolean primary) {
			this.primary = primary;
		}

		UUID id() {
			return this.id;
		}

		UUID itemId() {
			return this.itemId;
		}

		UUID fileId() {
			return this.fileId;
		}

		boolean primary() {
			return this.primary;
		}

	}

	@Entity(name = "ItemFieldValue")
	@Table(name = "item_field_values")
	static class FieldValue {

		@EmbeddedId
		private Key key;

		private UUID ownerId;

		private @Nullable String textValue;

		private @Nullable BigDecimal numberValue;

		protected FieldValue() {
			// for JPA
		}

		FieldValue(UUID itemId, UUID ownerId, String fieldKey, Object value) {
			this.key = new Key(itemId, fieldKey);
			this.ownerId = ownerId;
			if (value instanceof BigDecimal number) {
				this.numberValue = number;
				this.textValue = number.stripTrailingZeros().toPlainString();
			}
			else {
				String text = String.valueOf(value);
				this.textValue = (text.length() > 255) ? text.substring(0, 255) : text;
			}
		}

		@Embeddable
		record Key(UUID itemId, String fieldKey) implements Serializable {
		}

	}

}
