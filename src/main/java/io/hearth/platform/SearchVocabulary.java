package io.hearth.platform;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every word a scope (owner or site) ever indexed, and the suggestions drawn from it.
 * Words are not removed when a row changes (counting them would cost every write more
 * than a rare stale suggestion costs); a deleted scope takes its words along.
 */
final class SearchVocabulary {

	/**
	 * Candidates read per token: bounds the work of a suggestion however large the scope.
	 */
	private static final int CANDIDATES = 5000;

	private static final int MAX_SUGGESTIONS = 3;

	private final JdbcTemplate jdbc;

	private final String upsert;

	SearchVocabulary(JdbcTemplate jdbc, String vendor) {
		this.jdbc = jdbc;
		this.upsert = switch (vendor) {
			case "postgresql" -> "INSERT INTO %s (scope_id, term) VALUES (?, ?) ON CONFLICT DO NOTHING";
			case "mariadb", "mysql" -> "INSERT IGNORE INTO %s (scope_id, term) VALUES (?, ?)";
			default -> "MERGE INTO %s (scope_id, term) KEY (scope_id, term) VALUES (?, ?)";
		};
	}

	void add(SearchIndex index, UUID scope, List<String> terms) {
		if (terms.isEmpty()) {
			return;
		}
		List<Object[]> rows = terms.stream().map((term) -> new Object[] { scope, term }).toList();
		this.jdbc.batchUpdate(this.upsert.formatted(index.vocabularyTable()), rows);
	}

	void addAll(SearchIndex index, List<TextSearch.NewRow> rows) {
		List<Object[]> words = rows.stream()
			.flatMap((row) -> row.terms().stream().map((term) -> List.<Object>of(row.scope(), term)))
			.distinct()
			.map(List::toArray)
			.toList();
		if (!words.isEmpty()) {
			this.jdbc.batchUpdate(this.upsert.formatted(index.vocabularyTable()), words);
		}
	}

	void removeScope(SearchIndex index, UUID scope) {
		this.jdbc.update("DELETE FROM " + index.vocabularyTable() + " WHERE scope_id = ?", scope);
	}

	/**
	 * Words one edit (insertion, deletion, substitution, or two neighbouring letters
	 * swapped) from a token. A word one edit away has the token's first or second letter
	 * at position 0 or 1, so four prefix patterns find every candidate; words the token
	 * already starts are no suggestion.
	 */
	List<String> suggestions(SearchIndex index, UUID scope, SearchQuery query) {
		Set<String> found = new LinkedHashSet<>();
		for (String token : query.tokens()) {
			if (token.length() < 3) {
				continue;
			}
			String first = token.substring(0, 1);
			String second = token.substring(1, 2);
			List<String> candidates = this.jdbc.queryForList(
					"SELECT term FROM " + index.vocabularyTable()
							+ " WHERE scope_id = ? AND (term LIKE ? OR term LIKE ? OR term LIKE ? OR term LIKE ?)"
							+ " ORDER BY term",
					String.class, scope, first + "%", second + "%", "_" + first + "%", "_" + second + "%");
			for (String candidate : candidates.subList(0, Math.min(CANDIDATES, candidates.size()))) {
				if (!candidate.startsWith(token) && oneEditApart(token, candidate)) {
					found.add(candidate);
					if (found.size() == MAX_SUGGESTIONS) {
						return new ArrayList<>(found);
					}
				}
			}
		}
		return new ArrayList<>(found);
	}

	static boolean oneEditApart(String a, String b) {
		if (Math.abs(a.length() - b.length()) > 1 || a.equals(b)) {
			return false;
		}
		String shorter = (a.length() <= b.length()) ? a : b;
		String longer = (shorter == a) ? b : a;
		int i = 0;
		while (i < shorter.length() && shorter.charAt(i) == longer.charAt(i)) {
			i++;
		}
		if (shorter.length() == longer.length()) {
			// one substitution, or two neighbours swapped (the commonest typo: "cabel")
			return shorter.substring(i + 1).equals(longer.substring(i + 1)) || (i + 1 < shorter.length()
					&& shorter.charAt(i) == longer.charAt(i + 1) && shorter.charAt(i + 1) == longer.charAt(i)
					&& shorter.substring(i + 2).equals(longer.substring(i + 2)));
		}
		return shorter.substring(i).equals(longer.substring(i + 1));
	}

}
