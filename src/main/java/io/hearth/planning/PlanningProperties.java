package io.hearth.planning;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Planning's settings.
 *
 * @param languages the languages a report can be written in
 * ({@code HEARTH_PLANNING_LANGUAGES}); Arabic reads right to left
 * @param premiumCost the credits a premium analysis costs
 * ({@code HEARTH_PLANNING_PREMIUM_COST})
 * @param heartbeatEvery how often a running tab says it is alive
 * @param staleAfter a running tab whose heartbeat is older is returned to the queue by
 * the watchdog (its worker died)
 * @param watchdogEvery how often the watchdog looks
 * @param streamPollEvery how often the event streams read new progress from the database
 * @param chatDailyLimit the chat messages a user may send per UTC day
 * ({@code HEARTH_PLANNING_CHAT_DAILY_LIMIT})
 * @param chatContextTokens how much of the analysis and the conversation the model is
 * shown (estimated at four characters a token)
 * @param maxStreams the progress streams one instance holds open at most
 * ({@code HEARTH_PLANNING_MAX_STREAMS}); each keeps about 130 KB of heap (its
 * connection's buffers), so raise the heap with it
 */
@ConfigurationProperties("hearth.planning")
record PlanningProperties(@DefaultValue( {
		"en", "ar" }) List<String> languages, @DefaultValue("10") long premiumCost,
		@DefaultValue("5s") Duration heartbeatEvery, @DefaultValue("60s") Duration staleAfter,
		@DefaultValue("30s") Duration watchdogEvery, @DefaultValue("250ms") Duration streamPollEvery,
		@DefaultValue("50") int chatDailyLimit, @DefaultValue("12000") int chatContextTokens,
		@DefaultValue("1000") int maxStreams){

	PlanningProperties {
		if (languages.isEmpty() || languages.stream().anyMatch((l) -> !l.matches("[a-z]{2,3}"))) {
			throw new IllegalArgumentException(
					"HEARTH_PLANNING_LANGUAGES must list ISO 639 language codes, e.g. en,ar; got " + languages);
		}
		if (premiumCost < 0) {
			throw new IllegalArgumentException("HEARTH_PLANNING_PREMIUM_COST must not be negative");
		}
		if (staleAfter.compareTo(heartbeatEvery.multipliedBy(3)) < 0) {
			throw new IllegalArgumentException("hearth.planning.stale-after must be at least three heartbeats");
		}
		if (maxStreams < 1) {
			throw new IllegalArgumentException("HEARTH_PLANNING_MAX_STREAMS must be at least 1");
		}
		languages = List.copyOf(languages);
	}

}
