package io.hearth.platform;

import java.util.Locale;

/**
 * Case-insensitive "contains" searches with SQL LIKE: the user's text is lower-cased and
 * its {@code %}, {@code _} and {@code !} taken literally, with {@code !} as the escape
 * character (a backslash is itself an escape in MariaDB string literals, so it cannot
 * serve on every database).
 */
public final class LikePatterns {

	public static final char ESCAPE = '!';

	private LikePatterns() {
	}

	public static String contains(String text) {
		String escaped = text.strip().toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_");
		return "%" + escaped + "%";
	}

}
