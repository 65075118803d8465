package io.hearth.planning;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The words of a report's layout in the report's language: the tabs' names, their JSON
 * property names as headings and labels, and the few fixed words around them. English is
 * made from the property names; another language reads
 * {@code planning/labels/<code>.properties} (UTF-8) and falls back to English for a key
 * it lacks, so a schema change never shows a blank.
 */
final class ReportLabels {

	private static final Map<String, ReportLabels> LOADED = new ConcurrentHashMap<>();

	private static final Map<String, String> ENGLISH = Map.of("_industry", "Industry", "_target_market",
			"Target market", "_country", "Country", "_tier", "Tier", "_estimates",
			"Figures are the model's estimates, written without web access.");

	private final Properties words;

	private ReportLabels(Properties words) {
		this.words = words;
	}

	static ReportLabels of(String language) {
		return LOADED.computeIfAbsent(language, ReportLabels::load);
	}

	private static ReportLabels load(String language) {
		Properties words = new Properties();
		if (language.matches("[a-z]{2,3}")) {
			try (InputStream in = ReportLabels.class
				.getResourceAsStream("/planning/labels/" + language + ".properties")) {
				if (in != null) {
					words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return new ReportLabels(words);
	}

	String get(String key) {
		String word = this.words.getProperty(key);
		if (word != null) {
			return word;
		}
		String fixed = ENGLISH.get(key);
		if (fixed != null) {
			return fixed;
		}
		String words = key.replace('_', ' ');
		return words.isEmpty() ? words : words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
	}

}
