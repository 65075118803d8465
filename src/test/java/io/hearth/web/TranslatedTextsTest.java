package io.hearth.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages that are offered in four languages (the navigation, the club, planning) have
 * every English text in Italian, French and Spanish too: a key added in English only
 * would show English in the middle of a translated page.
 */
class TranslatedTextsTest {

	private static final List<String> TRANSLATED = List.of("nav.", "club.", "planning.");

	@ParameterizedTest
	@ValueSource(strings = { "it", "fr", "es" })
	void everyEnglishTextOfTheTranslatedPagesHasATranslation(String language) throws IOException {
		Properties english = load("messages.properties");
		Properties translated = load("messages_" + language + ".properties");

		List<String> missing = english.stringPropertyNames()
			.stream()
			.filter((key) -> TRANSLATED.stream().anyMatch(key::startsWith))
			.filter((key) -> !translated.containsKey(key) || translated.getProperty(key).isBlank())
			.sorted()
			.toList();

		assertThat(missing).as("texts without a translation in %s", language).isEmpty();
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = TranslatedTextsTest.class.getResourceAsStream("/" + name)) {
			assertThat(in).as(name).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
