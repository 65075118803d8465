package io.hearth.ai;

import java.util.List;

import io.hearth.platform.ProductionCheck;

import org.springframework.boot.context.properties.bind.Binder;

/**
 * Prod never shows sample content as if a model had written it: {@code demo} is refused,
 * and {@code anthropic} needs its key.
 */
class AiProductionCheck implements ProductionCheck {

	@Override
	public List<String> problems(Binder settings) {
		String provider = settings.bind("hearth.ai.provider", String.class).orElse("");
		String key = settings.bind("hearth.ai.api-key", String.class).orElse("");
		String chosen = AiProperties.chosen(provider, key);
		if (chosen.equals(AiProperties.DEMO)) {
			return List.of((provider.isBlank())
					? "HEARTH_AI_API_KEY must be set in prod (or HEARTH_AI_PROVIDER=none"
							+ " to switch the AI features off): without it the demo provider would answer"
					: "HEARTH_AI_PROVIDER=demo is refused in prod: it writes sample content; use anthropic or none");
		}
		if (chosen.equals(AiProperties.ANTHROPIC) && key.isBlank()) {
			return List.of("HEARTH_AI_API_KEY must be set when HEARTH_AI_PROVIDER=anthropic");
		}
		return List.of();
	}

}
