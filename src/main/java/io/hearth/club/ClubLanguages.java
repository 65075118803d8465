package io.hearth.club;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Which of the club's languages a request is answered in, and which text stands in when a
 * row lacks that language: {@code ?lang=} if it is one of the club's, else the best match
 * of {@code Accept-Language} (q-values and regions: {@code it-IT,it;q=0.9} is
 * {@code it}), else the default; a missing text falls back to the default language, then
 * to any language present, in the club's order.
 */
@Component
class ClubLanguages {

	private final List<String> languages;

	ClubLanguages(ClubProperties properties) {
		this.languages = properties.languages();
	}

	List<String> all() {
		return this.languages;
	}

	boolean known(String language) {
		return this.languages.contains(language);
	}

	/**
	 * The language of a public read: as {@link #resolve}, but a {@code ?lang=} that is
	 * not one of the club's is refused (422 naming {@code lang}) rather than ignored.
	 */
	String forRequest(@Nullable String lang, @Nullable String acceptLanguage) {
		if (lang != null && !known(lang)) {
			throw io.hearth.platform.ApiException.invalid("lang",
					"must be one of " + String.join(", ", this.languages));
		}
		return resolve(lang, acceptLanguage);
	}

	String resolve(@Nullable String lang, @Nullable String acceptLanguage) {
		if (lang != null && known(lang.strip().toLowerCase(Locale.ROOT))) {
			return lang.strip().toLowerCase(Locale.ROOT);
		}
		if (acceptLanguage != null && !acceptLanguage.isBlank() && acceptLanguage.length() <= 500) {
			try {
				List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(acceptLanguage);
				// a region range (it-IT) also stands for its language (it), at the same
				// weight
				for (Locale.LanguageRange range : ranges) {
					String primary = range.getRange().split("-", 2)[0];
					if (range.getWeight() > 0 && known(primary)) {
						return primary;
					}
				}
			}
			catch (IllegalArgumentException ex) {
				// a malformed header is no preference
			}
		}
		return this.languages.getFirst();
	}

	/**
	 * The text in {@code wanted}, else the default language's, else the first present.
	 */
	<T> @Nullable Chosen<T> pick(Map<String, T> texts, String wanted) {
		T text = texts.get(wanted);
		if (text != null) {
			return new Chosen<>(wanted, text);
		}
		for (String language : this.languages) {
			T fallback = texts.get(language);
			if (fallback != null) {
				return new Chosen<>(language, fallback);
			}
		}
		return null;
	}

	/** A text and the language it is actually in. */
	record Chosen<T>(String language, T text) {
	}

}
