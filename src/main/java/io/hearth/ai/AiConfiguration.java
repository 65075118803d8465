package io.hearth.ai;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Picks the provider named by {@code HEARTH_AI_PROVIDER} (or its default). */
@Configuration(proxyBeanMethods = false)
class AiConfiguration {

	@Bean
	ModelClient modelClient(AiProperties properties, JsonMapper json) {
		return switch (properties.chosenProvider()) {
			case AiProperties.ANTHROPIC -> {
				if (properties.apiKey() == null || properties.apiKey().isBlank()) {
					throw new IllegalStateException("HEARTH_AI_PROVIDER=anthropic needs HEARTH_AI_API_KEY");
				}
				yield new AnthropicModelClient(properties);
			}
			case AiProperties.DEMO -> new DemoModelClient(json);
			default -> new NoModelClient();
		};
	}

	/** {@code none}: every AI feature answers 503 AI_UNAVAILABLE. */
	static final class NoModelClient implements ModelClient {

		@Override
		public String provider() {
			return AiProperties.NONE;
		}

		@Override
		public Completion complete(AiRequest request, @Nullable TextSink sink) {
			throw new AiException(AiException.Kind.UNAVAILABLE, "No AI provider is configured");
		}

	}

}
