package io.hearth.ai;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The model provider's settings.
 *
 * @param provider {@code anthropic}, {@code demo} or {@code none}
 * ({@code HEARTH_AI_PROVIDER}); unset means {@code anthropic} with a key and {@code demo}
 * without one (prod refuses {@code demo})
 * @param apiKey {@code HEARTH_AI_API_KEY}
 * @param baseUrl {@code HEARTH_AI_BASE_URL}, Anthropic's API unless set (tests point it
 * at a fake server on loopback)
 * @param model {@code HEARTH_AI_MODEL}
 * @param timeout one attempt's limit, connect to last byte ({@code HEARTH_AI_TIMEOUT})
 * @param maxRetries attempts after the first on 429 (after its {@code retry-after}), 529,
 * 5xx and timeouts, with exponential backoff ({@code HEARTH_AI_MAX_RETRIES})
 * @param maxTokens the longest reply asked for
 * @param inputPricePerMillion what a million input tokens cost, for the admin figures
 * @param outputPricePerMillion what a million output tokens cost
 */
@ConfigurationProperties("hearth.ai")
record AiProperties(@Nullable String provider, @Nullable String apiKey, @Nullable String baseUrl,
		@DefaultValue("claude-sonnet-4-5") String model, @DefaultValue("60s") Duration timeout,
		@DefaultValue("3") int maxRetries, @DefaultValue("4096") int maxTokens,
		@DefaultValue("3.00") BigDecimal inputPricePerMillion,
		@DefaultValue("15.00") BigDecimal outputPricePerMillion) {

	static final String ANTHROPIC = "anthropic";

	static final String DEMO = "demo";

	static final String NONE = "none";

	AiProperties {
		if (maxRetries < 0 || maxRetries > 10) {
			throw new IllegalArgumentException("HEARTH_AI_MAX_RETRIES must be between 0 and 10; got " + maxRetries);
		}
		String chosen = chosen(provider, apiKey);
		if (!chosen.equals(ANTHROPIC) && !chosen.equals(DEMO) && !chosen.equals(NONE)) {
			throw new IllegalArgumentException("HEARTH_AI_PROVIDER must be anthropic, demo or none; got " + provider);
		}
	}

	/** The provider in use, after the default for an unset one. */
	String chosenProvider() {
		return chosen(this.provider, this.apiKey);
	}

	static String chosen(@Nullable String provider, @Nullable String apiKey) {
		if (provider == null || provider.isBlank()) {
			return (apiKey == null || apiKey.isBlank()) ? DEMO : ANTHROPIC;
		}
		return provider.strip().toLowerCase(Locale.ROOT);
	}

}
