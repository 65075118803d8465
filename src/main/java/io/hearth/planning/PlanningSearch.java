package io.hearth.planning;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.hearth.platform.SearchIndex;
import io.hearth.platform.SearchQuery;
import io.hearth.platform.SearchReindexer;
import io.hearth.platform.SearchTokens;
import io.hearth.platform.TextSearch;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Analyses on the platform's search port (idea, industry, market, place; the title is the
 * relevance tier), scoped by owner; and their reindex when the tokenizer changes
 * ({@code hearth reindex planning}).
 */
@Component
class PlanningSearch implements SearchReindexer {

	static final SearchIndex INDEX = new SearchIndex(PlanningTerm.class, "planning_search_terms",
			"planning_search_vocabulary", "searchTerms", "nameTerms");

	private static final int BATCH = 500;

	private final TextSearch search;

	private final Analyses analyses;

	private final TransactionTemplate transactions;

	PlanningSearch(TextSearch search, Analyses analyses, TransactionTemplate transactions) {
		this.search = search;
		this.analyses = analyses;
		this.transactions = transactions;
	}

	void indexed(Analysis analysis) {
		this.search.indexed(INDEX, analysis.ownerId(), analysis.id(), analysis.createdAt(), analysis.searchTerms(),
				analysis.nameTerms());
	}

	/**
	 * A new analysis: nothing of it to replace (no delete, whose gap locks MariaDB
	 * keeps).
	 */
	void indexedNew(Analysis analysis) {
		this.search.indexedNew(INDEX, List.of(new TextSearch.NewRow(analysis.ownerId(), analysis.id(),
				analysis.createdAt(), analysis.searchTerms(), analysis.nameTerms())));
	}

	void removed(List<UUID> ids) {
		this.search.removed(INDEX, ids);
	}

	void removedOwner(UUID owner) {
		this.search.removedScope(INDEX, owner);
	}

	Specification<Analysis> matching(@Nullable UUID owner, SearchQuery query) {
		return this.search.matching(INDEX, owner, query);
	}

	Specification<Analysis> nameMatching(@Nullable UUID owner, SearchQuery query) {
		return this.search.nameMatching(INDEX, owner, query);
	}

	List<String> suggestions(@Nullable UUID owner, Optional<SearchQuery> query) {
		return (owner == null || query.isEmpty()) ? List.of() : this.search.suggestions(INDEX, owner, query.get());
	}

	@Override
	public String name() {
		return "planning";
	}

	@Override
	public long stale() {
		return this.analyses.countBySearchVersionLessThan(SearchTokens.VERSION);
	}

	@Override
	public int reindexBatch() {
		Integer done = this.transactions.execute((status) -> {
			List<Analysis> batch = this.analyses.findStale(SearchTokens.VERSION, PageRequest.of(0, BATCH));
			for (Analysis analysis : batch) {
				analysis.reindex();
				indexed(analysis);
			}
			return batch.size();
		});
		return (done != null) ? done : 0;
	}

}
