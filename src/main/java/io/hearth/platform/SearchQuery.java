package io.hearth.platform;

import java.util.List;

/**
 * What {@code q} asks for: rows having, for every token, a word that starts with it.
 *
 * @param tokens distinct, in the order written, at most
 * {@value SearchTokens#MAX_QUERY_TOKENS}
 */
public record SearchQuery(List<String> tokens) {

	public SearchQuery {
		tokens = List.copyOf(tokens);
		if (tokens.isEmpty()) {
			throw new IllegalArgumentException("a search has at least one token");
		}
	}

	/** The PostgreSQL full-text form: every token as a prefix, all required. */
	String tsquery() {
		return String.join(" & ", tokens.stream().map((t) -> t + ":*").toList());
	}

}
