package io.hearth.club;

import java.time.ZoneId;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The club's settings.
 *
 * @param languages the languages its texts are written in; the first is the default,
 * which every text falls back to ({@code HEARTH_CLUB_LANGUAGES})
 * @param timeZone the club's zone, the default of its events
 * ({@code HEARTH_CLUB_TIME_ZONE})
 */
@ConfigurationProperties("hearth.club")
record ClubProperties(@DefaultValue( {
		"en", "it", "fr", "es" }) List<String> languages, @DefaultValue("Europe/Rome") ZoneId timeZone){

	ClubProperties {
		if (languages.isEmpty() || languages.stream().anyMatch((l) -> !l.matches("[a-z]{2,3}"))) {
			throw new IllegalArgumentException(
					"HEARTH_CLUB_LANGUAGES must list ISO 639 language codes, e.g. en,it,fr,es; got " + languages);
		}
		languages = List.copyOf(languages);
	}

	String defaultLanguage() {
		return this.languages.getFirst();
	}

}
