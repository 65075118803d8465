package io.hearth.interactions;

import java.util.List;
import java.util.UUID;

import io.hearth.platform.SearchIndex;
import io.hearth.platform.SearchQuery;
import io.hearth.platform.TextSearch;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/**
 * Interactions on the platform's search port: scopes are sites; an interaction's terms
 * are indexed in the transaction that writes it.
 */
@Component
class InteractionSearch {

	static final SearchIndex INDEX = new SearchIndex(InteractionTerm.class, "interaction_terms",
			"interaction_vocabulary", "searchTerms", "nameTerms");

	private final TextSearch search;

	InteractionSearch(TextSearch search) {
		this.search = search;
	}

	void indexed(Interaction interaction) {
		this.search.indexed(INDEX, interaction.siteId(), interaction.id(), interaction.createdAt(),
				interaction.searchTerms(), interaction.nameTerms());
	}

	void removed(UUID interactionId) {
		this.search.removed(INDEX, List.of(interactionId));
	}

	void removedSite(UUID siteId) {
		this.search.removedScope(INDEX, siteId);
	}

	Specification<Interaction> matching(UUID siteId, SearchQuery query) {
		return this.search.matching(INDEX, siteId, query);
	}

	Specification<Interaction> nameMatching(UUID site, SearchQuery query) {
		return this.search.nameMatching(INDEX, site, query);
	}

	List<String> suggestions(UUID siteId, SearchQuery query) {
		return this.search.suggestions(INDEX, siteId, query);
	}

}
