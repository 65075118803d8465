package io.hearth.ai;

import com.anthropic.client.AnthropicClient;
import com.anthropic.client.okhttp.AnthropicOkHttpClient;
import com.anthropic.core.http.StreamResponse;
import com.anthropic.errors.AnthropicIoException;
import com.anthropic.errors.AnthropicRetryableException;
import com.anthropic.errors.AnthropicServiceException;
import com.anthropic.helpers.MessageAccumulator;
import com.anthropic.models.messages.ContentBlock;
import com.anthropic.models.messages.Message;
import com.anthropic.models.messages.MessageCreateParams;
import com.anthropic.models.messages.RawMessageStreamEvent;
import com.anthropic.models.messages.StopReason;
import com.anthropic.models.messages.TextBlock;
import org.jspecify.annotations.Nullable;

/**
 * Anthropic's Messages API through the official SDK, which does the retrying: on 408,
 * 409, 429 (after {@code retry-after}), 5xx and 529, and on timeouts, with exponential
 * backoff and jitter, up to {@code HEARTH_AI_MAX_RETRIES}; other 4xx answers fail at
 * once.
 */
class AnthropicModelClient implements ModelClient {

	private final AnthropicClient client;

	private final AiProperties properties;

	AnthropicModelClient(AiProperties properties) {
		this.properties = properties;
		AnthropicOkHttpClient.Builder builder = AnthropicOkHttpClient.builder()
			.apiKey(properties.apiKey())
			.timeout(properties.timeout())
			.maxRetries(properties.maxRetries());
		if (properties.baseUrl() != null && !properties.baseUrl().isBlank()) {
			builder.baseUrl(properties.baseUrl());
		}
		this.client = builder.build();
	}

	@Override
	public String provider() {
		return AiProperties.ANTHROPIC;
	}

	@Override
	public Completion complete(AiRequest request, @Nullable TextSink sink) {
		MessageCreateParams.Builder params = MessageCreateParams.builder()
			.model(this.properties.model())
			.maxTokens((request.maxTokens() > 0) ? request.maxTokens() : this.properties.maxTokens())
			.system(request.system());
		for (AiMessage message : request.messages()) {
			if (message.fromUser()) {
				params.addUserMessage(message.text());
			}
			else {
				params.addAssistantMessage(message.text());
			}
		}
		try {
			Message message = (sink == null) ? this.client.messages().create(params.build())
					: streamed(params.build(), sink);
			StringBuilder text = new StringBuilder();
			for (ContentBlock block : message.content()) {
				block.text().map(TextBlock::text).ifPresent(text::append);
			}
			boolean refused = message.stopReason().map(StopReason.REFUSAL::equals).orElse(false);
			return new Completion(text.toString(), message.model().asString(), message.usage().inputTokens(),
					message.usage().outputTokens(), refused);
		}
		catch (AnthropicServiceException ex) {
			int status = ex.statusCode();
			AiException.Kind kind = (status == 408 || status == 409 || status == 429 || status >= 500)
					? AiException.Kind.TRANSIENT : AiException.Kind.REJECTED;
			throw new AiException(kind, "The model provider answered " + status, ex);
		}
		catch (AnthropicIoException | AnthropicRetryableException ex) {
			throw new AiException(AiException.Kind.TRANSIENT, "The model provider could not be reached in time", ex);
		}
	}

	private Message streamed(MessageCreateParams params, TextSink sink) {
		MessageAccumulator accumulator = MessageAccumulator.create();
		try (StreamResponse<RawMessageStreamEvent> stream = this.client.messages().createStreaming(params)) {
			stream.stream().forEach((event) -> {
				accumulator.accumulate(event);
				event.contentBlockDelta()
					.flatMap((delta) -> delta.delta().text())
					.map((text) -> text.text())
					.filter((piece) -> !piece.isEmpty())
					.ifPresent(sink::accept);
			});
		}
		return accumulator.message();
	}

}
