package io.hearth.collections;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.hearth.platform.SearchReindexer;
import io.hearth.platform.SearchTokens;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Items whose search terms are stale: made again from their values and category. */
@Component
class ItemReindex implements SearchReindexer {

	static final int BATCH = 500;

	private final Items items;

	private final Categories categories;

	private final ItemSearch search;

	private final TransactionTemplate transactions;

	ItemReindex(Items items, Categories categories, ItemSearch search, TransactionTemplate transactions) {
		this.items = items;
		this.categories = categories;
		this.search = search;
		this.transactions = transactions;
	}

	@Override
	public String name() {
		return "collections";
	}

	@Override
	public long stale() {
		return this.items.countBySearchVersionLessThan(SearchTokens.VERSION);
	}

	@Override
	public int reindexBatch() {
		Integer done = this.transactions.execute((status) -> {
			List<Item> batch = this.items.findStale(SearchTokens.VERSION, PageRequest.of(0, BATCH));
			Map<UUID, List<FieldDefinition>> fields = new HashMap<>();
			for (Item item : batch) {
				List<FieldDefinition> categoryFields = fields.computeIfAbsent(item.categoryId(),
						(id) -> this.categories.findById(id).map(Category::fields).orElse(List.of()));
				item.reindex(item.values(), categoryFields);
				this.search.indexed(item);
			}
			return batch.size();
		});
		return (done != null) ? done : 0;
	}

}
