package io.hearth.platform;

/**
 * One kind of searchable row, as a module declares it. The row entity keeps its terms
 * ({@link SearchTokens#joined}) in {@code termsAttribute} and the name's in
 * {@code nameTermsAttribute}; where the database has no full-text index Hearth can use,
 * the module's postings entity ({@code postings}, attributes {@code scopeId},
 * {@code term}, {@code rowId}) mirrors them one term per row.
 *
 * @param postings the module's postings entity, mapped on {@code postingsTable}
 * @param postingsTable columns {@code scope_id, term, created_at, row_id}
 * @param vocabularyTable columns {@code scope_id, term}: every word a scope ever used,
 * for suggestions
 */
public record SearchIndex(Class<?> postings, String postingsTable, String vocabularyTable, String termsAttribute,
		String nameTermsAttribute) {
}
