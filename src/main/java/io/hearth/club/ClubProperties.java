package io.hearth.club;

import java.time.ZoneId;
import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The club's settings.
 *
 * @param languages the languages its texts are written in; the first is the default,
 * which every text falls back to ({@code HEARTH_CLUB_LANGUAGES})
 * @param timeZone the club's zone, the default of its events
 * ({@code HEARTH_CLUB_TIME_ZONE})
 * @param publicUrl where the site lives, for links in mails ({@code HEARTH_PUBLIC_URL})
 * @param linkSecret key of the signed unsubscribe links; defaults to one derived from
 * {@code HEARTH_JWT_SECRET} (see application.yml), else one per data dir
 * @param dispatchEvery how often due notifications are handed to delivery
 * @param remindersEvery how often reminders coming due are made
 * @param seriesHorizon how far ahead a series' occurrences are made
 */
@ConfigurationProperties("hearth.club")
record ClubProperties(@DefaultValue( {
		"en", "it", "fr", "es" }) List<String> languages, @DefaultValue("Europe/Rome") ZoneId timeZone,
		@DefaultValue("http://localhost:8080") String publicUrl, @Nullable String linkSecret,
		@DefaultValue("30s") Duration dispatchEvery, @DefaultValue("10m") Duration remindersEvery,
		@DefaultValue("180d") Duration seriesHorizon){

	ClubProperties {
		if (languages.isEmpty() || languages.stream().anyMatch((l) -> !l.matches("[a-z]{2,3}"))) {
			throw new IllegalArgumentException(
					"HEARTH_CLUB_LANGUAGES must list ISO 639 language codes, e.g. en,it,fr,es; got " + languages);
		}
		languages = List.copyOf(languages);
		publicUrl = publicUrl.replaceAll("/+$", "");
	}

	String defaultLanguage() {
		return this.languages.getFirst();
	}

}
