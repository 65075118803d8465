package io.hearth.platform;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The one tokenizer of Hearth's search, in Java so that every database sees the same
 * tokens: Unicode NFKD, combining marks removed, lower case ({@link Locale#ROOT}), split
 * on anything that is not a letter or a digit; a one-character token is dropped unless it
 * is a digit. Stored terms carry {@link #VERSION}: change the rules, raise it, and
 * {@code hearth reindex} (or the background reindex) brings stored rows up to date.
 */
public final class SearchTokens {

	/**
	 * The version of these rules (and of what the index keeps of a row) that stored terms
	 * were made with; 2 posts a name's terms apart, for the relevance tier.
	 */
	public static final int VERSION = 2;

	/** More words in {@code q} are refused (422 naming {@code q}). */
	public static final int MAX_QUERY_TOKENS = 8;

	/** Longer tokens are cut: a term column has a bounded width. */
	public static final int MAX_TOKEN_LENGTH = 40;

	/** Distinct terms indexed per row; the rest of a very long text is not searchable. */
	public static final int MAX_TERMS = 400;

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

	private SearchTokens() {
	}

	/** The tokens of a text, in order, repeats included. */
	public static List<String> tokens(@Nullable String text) {
		List<String> tokens = new ArrayList<>();
		if (text == null || text.isBlank()) {
			return tokens;
		}
		String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD))
			.replaceAll("")
			.toLowerCase(Locale.ROOT);
		for (String token : SEPARATORS.split(folded)) {
			if (token.isEmpty() || (token.codePointCount(0, token.length()) == 1 && !isDigits(token))) {
				continue;
			}
			tokens.add((token.length() > MAX_TOKEN_LENGTH) ? cut(token) : token);
		}
		return tokens;
	}

	/** The distinct terms to index for a row's texts, at most {@value #MAX_TERMS}. */
	public static List<String> terms(@Nullable String... texts) {
		Set<String> terms = new LinkedHashSet<>();
		for (String text : texts) {
			for (String token : tokens(text)) {
				if (terms.size() == MAX_TERMS) {
					return List.copyOf(terms);
				}
				terms.add(token);
			}
		}
		return List.copyOf(terms);
	}

	/**
	 * Terms as stored on a row: separated and surrounded by single spaces, so that
	 * {@code LIKE '% tok%'} is a word-prefix test wherever one is needed.
	 */
	public static String joined(List<String> terms) {
		return terms.isEmpty() ? "" : " " + String.join(" ", terms) + " ";
	}

	/** The terms of a {@link #joined} text, as they were (no tokenizing again). */
	public static List<String> split(@Nullable String joined) {
		return (joined == null || joined.isBlank()) ? List.of() : List.of(joined.strip().split(" "));
	}

	/**
	 * The query of a {@code q} parameter; empty when it holds no token (blank, or only
	 * punctuation), which searches nothing away.
	 * @throws ApiException 422 on {@code q} with more than {@value #MAX_QUERY_TOKENS}
	 * words
	 */
	public static Optional<SearchQuery> query(@Nullable String q) {
		List<String> tokens = List.copyOf(new LinkedHashSet<>(tokens(q)));
		if (tokens.size() > MAX_QUERY_TOKENS) {
			throw ApiException.invalid("q",
					"has " + tokens.size() + " words; at most " + MAX_QUERY_TOKENS + " are searched together");
		}
		return tokens.isEmpty() ? Optional.empty() : Optional.of(new SearchQuery(tokens));
	}

	private static boolean isDigits(String token) {
		return token.chars().allMatch(Character::isDigit);
	}

	private static String cut(String token) {
		int end = token.offsetByCodePoints(0, Math.min(MAX_TOKEN_LENGTH, token.codePointCount(0, token.length())));
		String cut = token.substring(0, Math.min(end, MAX_TOKEN_LENGTH));
		return Character.isHighSurrogate(cut.charAt(cut.length() - 1)) ? cut.substring(0, cut.length() - 1) : cut;
	}

}
