package io.hearth.collections;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * One term of one item, where the database has no full-text index Hearth uses (MariaDB,
 * MySQL, H2): written by the platform's search adapter, mapped only so that search
 * predicates are Criteria subqueries. On PostgreSQL the table stays empty.
 */
@Entity(name = "ItemTerm")
@Table(name = "item_terms")
@IdClass(ItemTerm.Key.class)
@Immutable
class ItemTerm {

	@Id
	private UUID scopeId;

	@Id
	private String term;

	@Id
	private Instant createdAt;

	@Id
	private UUID rowId;

	protected ItemTerm() {
		// for JPA
	}

	static final class Key implements Serializable {

		private UUID scopeId;

		private String term;

		private Instant createdAt;

		private UUID rowId;

		@Override
		public boolean equals(Object other) {
			return other instanceof Key key && Objects.equals(this.scopeId, key.scopeId)
					&& Objects.equals(this.term, key.term) && Objects.equals(this.createdAt, key.createdAt)
					&& Objects.equals(this.rowId, key.rowId);
		}

		@Override
		public int hashCode() {
			return Objects.hash(this.scopeId, this.term, this.createdAt, this.rowId);
		}

	}

}
