package io.hearth.club;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Which language a request is answered in, and which text stands in for a missing one.
 */
class ClubLanguagesTest {

	private final ClubLanguages languages = new ClubLanguages(new ClubProperties(List.of("en", "it", "fr", "es"),
			ZoneId.of("Europe/Rome"), "http://localhost", null, java.time.Duration.ofSeconds(30),
			java.time.Duration.ofMinutes(10), java.time.Duration.ofDays(180)));

	@Test
	void theLangParameterWinsOverAcceptLanguage() {
		assertThat(this.languages.resolve("fr", "it-IT,it;q=0.9")).isEqualTo("fr");
		assertThat(this.languages.resolve(" ES ", null)).isEqualTo("es");
	}

	@Test
	void acceptLanguageIsMatchedByWeightAndByTheLanguageOfARegion() {
		assertThat(this.languages.resolve(null, "it-IT,it;q=0.9")).isEqualTo("it");
		assertThat(this.languages.resolve(null, "de-DE, fr;q=0.4, es;q=0.8")).isEqualTo("es");
		assertThat(this.languages.resolve(null, "pt-BR")).isEqualTo("en");
		assertThat(this.languages.resolve(null, "it;q=0, fr;q=0.1")).isEqualTo("fr");
	}

	@Test
	void aMalformedOrHugeHeaderIsNoPreference() {
		assertThat(this.languages.resolve(null, ";;;q=x")).isEqualTo("en");
		assertThat(this.languages.resolve(null, "it," + "x".repeat(1000))).isEqualTo("en");
		assertThat(this.languages.resolve("xx", null)).isEqualTo("en");
	}

	@Test
	void aMissingTextFallsBackToTheDefaultThenToAnyInTheClubsOrder() {
		assertThat(this.languages.pick(Map.of("en", "E", "it", "I"), "it"))
			.isEqualTo(new ClubLanguages.Chosen<>("it", "I"));
		assertThat(this.languages.pick(Map.of("en", "E", "it", "I"), "fr"))
			.isEqualTo(new ClubLanguages.Chosen<>("en", "E"));
		assertThat(this.languages.pick(Map.of("es", "S", "fr", "F"), "it"))
			.isEqualTo(new ClubLanguages.Chosen<>("fr", "F"));
		assertThat(this.languages.pick(Map.<String, String>of(), "it")).isNull();
	}

	@Test
	void theConfiguredLanguagesMustBeLanguageCodes() {
		assertThatIllegalArgumentException().isThrownBy(() -> new ClubProperties(List.of("en", "Italian"),
				ZoneId.of("UTC"), "http://localhost", null, java.time.Duration.ofSeconds(30),
				java.time.Duration.ofMinutes(10), java.time.Duration.ofDays(180)));
		assertThatIllegalArgumentException().isThrownBy(() -> new ClubProperties(List.of(), ZoneId.of("UTC"),
				"http://localhost", null, java.time.Duration.ofSeconds(30), java.time.Duration.ofMinutes(10),
				java.time.Duration.ofDays(180)));
	}

}
