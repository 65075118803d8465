package io.hearth.interactions;

import io.hearth.platform.SearchReindexer;
import io.hearth.platform.SearchTokens;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Interactions whose search terms are stale: made again from their own fields. */
@Component
class InteractionReindex implements SearchReindexer {

	static final int BATCH = 500;

	private final ScopedInteractions interactions;

	private final TransactionTemplate transactions;

	InteractionReindex(ScopedInteractions interactions, TransactionTemplate transactions) {
		this.interactions = interactions;
		this.transactions = transactions;
	}

	@Override
	public String name() {
		return "interactions";
	}

	@Override
	public long stale() {
		return this.interactions.countStale(SearchTokens.VERSION);
	}

	@Override
	public int reindexBatch() {
		Integer done = this.transactions
			.execute((status) -> this.interactions.reindexStale(SearchTokens.VERSION, BATCH));
		return (done != null) ? done : 0;
	}

}
