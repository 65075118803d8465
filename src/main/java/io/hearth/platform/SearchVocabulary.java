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

	/** Variants looked up per statement. */
	private static final int LOOKUPS = 500;

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
	 * swapped) from a token, found by looking up every such variant of the token in the
	 * scope's words: a few hundred key lookups, however large the vocabulary (a word is
	 * never suggested for a token it starts with: that search found it).
	 */
	List<String> suggestions(SearchIndex index, UUID scope, SearchQuery query) {
		Set<String> found = new LinkedHashSet<>();
		for (String token : query.tokens()) {
			if (token.length() < 3) {
				continue;
			}
			List<String> variants = new ArrayList<>(variants(token));
			for (int from = 0; from < variants.size() && found.size() < MAX_SUGGESTIONS; from += LOOKUPS) {
				List<String> chunk = variants.subList(from, Math.min(variants.size(), from + LOOKUPS));
				String marks = String.join(", ", java.util.Collections.nCopies(chunk.size(), "?"));
				List<Object> args = new ArrayList<>(chunk.size() + 1);
				args.add(scope);
				args.addAll(chunk);
				for (String word : this.jdbc.queryForList("SELECT term FROM " + index.vocabularyTable()
						+ " WHERE scope_id = ? AND term IN (" + marks + ") ORDER BY term", String.class,
						args.toArray())) {
					if (found.size() < MAX_SUGGESTIONS) {
						found.add(word);
					}
				}
			}
		}
		return new ArrayList<>(found);
	}

	/**
	 * Every string one edit from {@code token} over the letters and digits of a-z, 0-9
	 * and the token itself.
	 */
	static Set<String> variants(String token) {
		Set<Character> alphabet = new java.util.TreeSet<>();
		for (char c = 'a'; c <= 'z'; c++) {
			alphabet.add(c);
		}
		for (char c = '0'; c <= '9'; c++) {
			alphabet.add(c);
		}
		token.chars().forEach((c) -> alphabet.add((char) c));
		Set<String> variants = new LinkedHashSet<>();
		for (int i = 0; i <= token.length(); i++) {
			String head = token.substring(0, i);
			String tail = token.substring(i);
			if (!tail.isEmpty()) {
				variants.add(head + tail.substring(1));
			}
			if (tail.length() > 1) {
				variants.add(head + tail.charAt(1) + tail.charAt(0) + tail.substring(2));
			}
			for (char c : alphabet) {
				if (!tail.isEmpty()) {
					variants.add(head + c + tail.substring(1));
				}
				variants.add(head + c + tail);
			}
		}
		variants.remove(token);
		variants.removeIf((v) -> v.length() < 2 || v.length() > SearchTokens.MAX_TOKEN_LENGTH || v.startsWith(token));
		return variants;
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
