package io.hearth.club;

import io.hearth.platform.SearchReindexer;
import io.hearth.platform.SearchTokens;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Events and artists whose search texts are stale (made by an older tokenizer, or before
 * the club had search): made again from the rows, a batch per transaction.
 */
@Component
class ClubSearchReindex implements SearchReindexer {

	private final ClubEvents events;

	private final Artists artists;

	private final ClubSearch search;

	private final TransactionTemplate transactions;

	private final ClubAnswers answers;

	ClubSearchReindex(ClubEvents events, Artists artists, ClubSearch search, TransactionTemplate transactions,
			ClubAnswers answers) {
		this.answers = answers;
		this.events = events;
		this.artists = artists;
		this.search = search;
		this.transactions = transactions;
	}

	@Override
	public String name() {
		return "club";
	}

	@Override
	public long stale() {
		return this.events.countBySearchVersionLessThan(SearchTokens.VERSION)
				+ this.artists.countBySearchVersionLessThan(SearchTokens.VERSION);
	}

	@Override
	public int reindexBatch() {
		Integer done = this.transactions.execute((status) -> {
			var events = this.events.findTop200BySearchVersionLessThanOrderById(SearchTokens.VERSION);
			events.forEach(this.search::indexed);
			if (!events.isEmpty()) {
				return events.size();
			}
			var artists = this.artists.findTop200BySearchVersionLessThanOrderById(SearchTokens.VERSION);
			artists.forEach(this.search::indexed);
			return artists.size();
		});
		if (done != null && done > 0) {
			// what a search finds has changed
			this.answers.changed();
		}
		return (done != null) ? done : 0;
	}

}
