package io.hearth.platform;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * One term of one row in a module's postings table ({@link SearchIndex#postings()}):
 * scope, term, created_at and row id, the primary key in that order. Written by the
 * postings adapter with plain SQL; mapped only so that search predicates are Criteria
 * subqueries. A module's entity extends it with its {@code @Entity}, {@code @Table} and
 * {@code @IdClass(SearchPosting.Key.class)}.
 */
@MappedSuperclass
public abstract class SearchPosting {

	@Id
	private UUID scopeId;

	@Id
	private String term;

	@Id
	private Instant createdAt;

	@Id
	private UUID rowId;

	protected SearchPosting() {
		// for JPA
	}

	/** The identifier of a posting. */
	public static final class Key implements Serializable {

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
