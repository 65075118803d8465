package io.hearth.platform;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.data.jpa.domain.Specification;

/**
 * PostgreSQL: a stored, GIN-indexed {@code tsvector} generated from the row's terms
 * answers prefix queries ({@code usb:* & cable:*}); the {@code simple} configuration
 * neither stems nor drops stop words, so it matches exactly what {@link SearchTokens}
 * made. The database generates the vector; JPA never maps or reads it
 * ({@link SearchFunctions}).
 */
final class PostgresTextSearch implements TextSearch {

	/** Rendered by {@link SearchFunctions} on PostgreSQL only. */
	static final String FUNCTION = "hearth_fts";

	private final SearchVocabulary vocabulary;

	PostgresTextSearch(SearchVocabulary vocabulary) {
		this.vocabulary = vocabulary;
	}

	@Override
	public <T> Specification<T> matching(SearchIndex index, @Nullable UUID scope, SearchQuery query) {
		return (root, criteria, cb) -> cb.isTrue(
				cb.function(FUNCTION, Boolean.class, root.get(index.termsAttribute()), cb.literal(query.tsquery())));
	}

	@Override
	public <T> Specification<T> nameMatching(SearchIndex index, @Nullable UUID scope, SearchQuery query) {
		return (root, criteria, cb) -> cb.isTrue(cb.function(FUNCTION, Boolean.class,
				root.get(index.nameTermsAttribute()), cb.literal(query.tsquery())));
	}

	@Override
	public void indexed(SearchIndex index, UUID scope, UUID rowId, Instant createdAt, List<String> terms,
			List<String> nameTerms) {
		this.vocabulary.add(index, scope, terms);
	}

	@Override
	public void indexedNew(SearchIndex index, List<NewRow> rows) {
		this.vocabulary.addAll(index, rows);
	}

	@Override
	public void removed(SearchIndex index, List<UUID> rowIds) {
		// the row's own index entry goes with the row
	}

	@Override
	public void removedScope(SearchIndex index, UUID scope) {
		this.vocabulary.removeScope(index, scope);
	}

	@Override
	public List<String> suggestions(SearchIndex index, UUID scope, SearchQuery query) {
		return this.vocabulary.suggestions(index, scope, query);
	}

}
