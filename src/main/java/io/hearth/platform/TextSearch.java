package io.hearth.platform;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.data.jpa.domain.Specification;

/**
 * Word-prefix search, the same on every database: each token of the query must start a
 * word of the row (AND), after {@link SearchTokens}. PostgreSQL answers from a GIN
 * full-text index over the stored terms; MariaDB/MySQL and H2 from a postings table the
 * adapter keeps in the row's transaction. Modules call {@link #indexed} and
 * {@link #removed} in the transaction that writes the row.
 */
public interface TextSearch {

	/**
	 * The rows matching {@code query}, as a predicate to combine with other filters.
	 * @param scope the owner or site the rows are in; {@code null} for every scope (an
	 * admin's view)
	 */
	<T> Specification<T> matching(SearchIndex index, @Nullable UUID scope, SearchQuery query);

	/**
	 * Keeps the index of one row in step with its terms (create and every update);
	 * {@code nameTerms} are those of its name or title, the relevance tier's.
	 */
	void indexed(SearchIndex index, UUID scope, UUID rowId, Instant createdAt, List<String> terms,
			List<String> nameTerms);

	/**
	 * Indexes rows written in bulk that have never been indexed (demo data, benchmarks):
	 * one batch of writes for all of them, in the caller's transaction.
	 */
	void indexedNew(SearchIndex index, List<NewRow> rows);

	void removed(SearchIndex index, List<UUID> rowIds);

	/** A row written in bulk, with its terms. */
	record NewRow(UUID scope, UUID rowId, Instant createdAt, List<String> terms, List<String> nameTerms) {
	}

	/**
	 * Everything of a scope that is gone (a deleted user's collection, a deleted site).
	 */
	void removedScope(SearchIndex index, UUID scope);

	/**
	 * Up to three words of the scope's own vocabulary at edit distance 1 from a token of
	 * the query, for a search that found nothing: suggested, never searched silently.
	 */
	List<String> suggestions(SearchIndex index, UUID scope, SearchQuery query);

	/**
	 * The rows whose name has a word starting with every token: the first tier of the
	 * relevance order ({@link SpecificationQueries#tieredPage}).
	 */
	<T> Specification<T> nameMatching(SearchIndex index, @Nullable UUID scope, SearchQuery query);

}
