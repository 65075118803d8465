package io.hearth.collections;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.hearth.platform.SearchIndex;
import io.hearth.platform.SearchQuery;
import io.hearth.platform.TextSearch;
import org.jspecify.annotations.Nullable;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/**
 * Items on the platform's search port: an item's terms are indexed in the transaction
 * that writes it; scopes are owners.
 */
@Component
class ItemSearch {

	static final SearchIndex INDEX = new SearchIndex(ItemTerm.class, "item_terms", "item_vocabulary", "searchTerms",
			"nameTerms");

	private final TextSearch search;

	ItemSearch(TextSearch search) {
		this.search = search;
	}

	/** Call after every write of the item's name, description or values. */
	void indexed(Item item) {
		this.search.indexed(INDEX, item.ownerId(), item.id(), item.createdAt(), item.searchTerms(), item.nameTerms());
	}

	void removed(List<UUID> itemIds) {
		this.search.removed(INDEX, itemIds);
	}

	void removedOwner(UUID owner) {
		this.search.removedScope(INDEX, owner);
	}

	/**
	 * @param owner {@code null} for an admin, who searches every owner's items
	 */
	Specification<Item> matching(@Nullable UUID owner, SearchQuery query) {
		return this.search.matching(INDEX, owner, query);
	}

	Specification<Item> nameMatching(@Nullable UUID owner, SearchQuery query) {
		return this.search.nameMatching(INDEX, owner, query);
	}

	List<String> suggestions(@Nullable UUID owner, Optional<SearchQuery> query) {
		return (owner == null || query.isEmpty()) ? List.of() : this.search.suggestions(INDEX, owner, query.get());
	}

}
