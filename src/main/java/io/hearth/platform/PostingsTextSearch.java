package io.hearth.platform;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import org.jspecify.annotations.Nullable;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * MariaDB/MySQL and H2: one postings row per (scope, term, created_at, row), written in
 * the row's transaction. A query starts from its rarest token (a bounded count of each
 * token's postings first) and probes the others by key, row by row; InnoDB FULLTEXT took
 * 0.14–3.7 s for common words at a million rows, so it is not used. When even the rarest
 * token is common, the row ids are not gathered at all: every token becomes a key probe,
 * so the database walks the scope's rows newest first and stops at the page's end, which
 * comes early exactly because matches are dense.
 */
final class PostingsTextSearch implements TextSearch {

	/** A token's postings are counted up to here to find the rarest; more is "common". */
	static final int COMMON = 10_000;

	private final JdbcTemplate jdbc;

	private final SearchVocabulary vocabulary;

	private final int common;

	PostingsTextSearch(JdbcTemplate jdbc, SearchVocabulary vocabulary, int common) {
		this.jdbc = jdbc;
		this.vocabulary = vocabulary;
		this.common = common;
	}

	/**
	 * A name's terms are posted too, marked: {@link SearchTokens} makes only letters and
	 * digits, so no query token can start with the mark.
	 */
	static final String NAME_MARK = "~";

	/**
	 * A name term as posted: marked, and cut to fit the term column with its mark (two
	 * words sharing 39 letters then share a name posting, a tier's cost, never a miss).
	 */
	static String marked(String token) {
		int limit = SearchTokens.MAX_TOKEN_LENGTH - NAME_MARK.length();
		return NAME_MARK + ((token.codePointCount(0, token.length()) > limit)
				? token.substring(0, token.offsetByCodePoints(0, limit)) : token);
	}

	@Override
	public <T> Specification<T> matching(SearchIndex index, @Nullable UUID scope, SearchQuery query) {
		return postings(index, scope, query.tokens());
	}

	/**
	 * The relevance tier from the name postings, by the same plan: on rows the other
	 * filters leave, a name-column scan found nothing in a million rows only after
	 * reading them all.
	 */
	@Override
	public <T> Specification<T> nameMatching(SearchIndex index, @Nullable UUID scope, SearchQuery query) {
		return postings(index, scope, query.tokens().stream().map(PostingsTextSearch::marked).toList());
	}

	private <T> Specification<T> postings(SearchIndex index, @Nullable UUID scope, List<String> tokens) {
		List<Counted> counted = new ArrayList<>();
		for (String token : tokens) {
			counted.add(new Counted(token, count(index, scope, token)));
		}
		counted.sort(Comparator.comparingLong(Counted::count));
		return (root, criteria, cb) -> {
			if (counted.get(0).count() == 0) {
				return cb.disjunction();
			}
			List<Predicate> all = new ArrayList<>();
			if (counted.get(0).count() >= this.common) {
				counted.forEach((token) -> all.add(probe(index, token.token(), root, criteria, cb)));
				return cb.and(all.toArray(Predicate[]::new));
			}
			Subquery<UUID> rarest = criteria.subquery(UUID.class);
			var posting = rarest.from(index.postings());
			List<Predicate> where = new ArrayList<>();
			where.add(cb.like(posting.get("term"), counted.get(0).token() + "%"));
			if (scope != null) {
				where.add(cb.equal(posting.get("scopeId"), scope));
			}
			rarest.select(posting.get("rowId")).where(where.toArray(Predicate[]::new));
			all.add(root.get("id").in(rarest));
			for (Counted other : counted.subList(1, counted.size())) {
				all.add(probe(index, other.token(), root, criteria, cb));
			}
			return cb.and(all.toArray(Predicate[]::new));
		};
	}

	/** The row has a term starting with {@code token}: one key lookup on (row, term). */
	private static Predicate probe(SearchIndex index, String token, Root<?> root, CriteriaQuery<?> criteria,
			CriteriaBuilder cb) {
		Subquery<Integer> probe = criteria.subquery(Integer.class);
		var term = probe.from(index.postings());
		probe.select(cb.literal(1))
			.where(cb.equal(term.get("rowId"), root.get("id")), cb.like(term.get("term"), token + "%"));
		return cb.exists(probe);
	}

	private long count(SearchIndex index, @Nullable UUID scope, String token) {
		String sql = "SELECT COUNT(*) FROM (SELECT 1 FROM " + index.postingsTable() + " WHERE "
				+ ((scope != null) ? "scope_id = ? AND " : "") + "term LIKE ? LIMIT " + this.common + ") c";
		Long count = (scope != null) ? this.jdbc.queryForObject(sql, Long.class, scope, token + "%")
				: this.jdbc.queryForObject(sql, Long.class, token + "%");
		return (count != null) ? count : 0;
	}

	@Override
	public void indexed(SearchIndex index, UUID scope, UUID rowId, Instant createdAt, List<String> terms,
			List<String> nameTerms) {
		this.jdbc.update("DELETE FROM " + index.postingsTable() + " WHERE row_id = ?", rowId);
		Timestamp at = Timestamp.from(createdAt);
		this.jdbc.batchUpdate(
				"INSERT INTO " + index.postingsTable() + " (scope_id, term, created_at, row_id) VALUES (?, ?, ?, ?)",
				postings(terms, nameTerms).stream().map((term) -> new Object[] { scope, term, at, rowId }).toList());
		this.vocabulary.add(index, scope, terms);
	}

	/** A row's postings: its terms, and its name's terms marked. */
	static List<String> postings(List<String> terms, List<String> nameTerms) {
		List<String> all = new ArrayList<>(terms);
		nameTerms.stream().map(PostingsTextSearch::marked).distinct().forEach(all::add);
		return all;
	}

	@Override
	public void indexedNew(SearchIndex index, List<NewRow> rows) {
		List<Object[]> postings = new ArrayList<>();
		for (NewRow row : rows) {
			Timestamp at = Timestamp.from(row.createdAt());
			postings(row.terms(), row.nameTerms())
				.forEach((term) -> postings.add(new Object[] { row.scope(), term, at, row.rowId() }));
		}
		this.jdbc.batchUpdate(
				"INSERT INTO " + index.postingsTable() + " (scope_id, term, created_at, row_id) VALUES (?, ?, ?, ?)",
				postings);
		this.vocabulary.addAll(index, rows);
	}

	@Override
	public void removed(SearchIndex index, List<UUID> rowIds) {
		for (UUID rowId : rowIds) {
			this.jdbc.update("DELETE FROM " + index.postingsTable() + " WHERE row_id = ?", rowId);
		}
	}

	@Override
	public void removedScope(SearchIndex index, UUID scope) {
		this.jdbc.update("DELETE FROM " + index.postingsTable() + " WHERE scope_id = ?", scope);
		this.vocabulary.removeScope(index, scope);
	}

	@Override
	public List<String> suggestions(SearchIndex index, UUID scope, SearchQuery query) {
		return this.vocabulary.suggestions(index, scope, query);
	}

	private record Counted(String token, long count) {
	}

}
