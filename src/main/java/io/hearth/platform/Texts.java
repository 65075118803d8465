package io.hearth.platform;

import org.jspecify.annotations.Nullable;

/**
 * The one rule for text from clients, decided here for every module and database: no NUL
 * character (PostgreSQL refuses it in text, the others store it and break exports) and no
 * unpaired UTF-16 surrogate (not encodable as UTF-8, so no database can store it
 * faithfully). Everything else Unicode allows is kept.
 */
public final class Texts {

	private Texts() {
	}

	/** Why {@code text} is refused, or {@code null} when it is acceptable. */
	public static @Nullable String problem(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == 0) {
				return "must not contain the NUL character";
			}
			if (Character.isHighSurrogate(c)) {
				if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
					i++;
					continue;
				}
				return "must not contain an unpaired surrogate (text must be valid Unicode)";
			}
			if (Character.isLowSurrogate(c)) {
				return "must not contain an unpaired surrogate (text must be valid Unicode)";
			}
		}
		return null;
	}

	public static boolean isClean(String text) {
		return problem(text) == null;
	}

}
