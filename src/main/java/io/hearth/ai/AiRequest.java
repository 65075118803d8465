package io.hearth.ai;

import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * What the model is asked.
 *
 * @param purpose what the call is for, recorded with its usage ({@code planning.market})
 * @param system the instructions; the user's own text belongs in {@code messages}, as
 * delimited data
 * @param messages the conversation, the user's turn last
 * @param schema the JSON Schema (2020-12) the reply must fit; null for a text reply
 * @param maxTokens the longest reply wanted; 0 for the configured limit
 */
public record AiRequest(String purpose, String system, List<AiMessage> messages, @Nullable JsonNode schema,
		int maxTokens) {

	public AiRequest {
		if (messages.isEmpty() || !messages.getLast().fromUser()) {
			throw new IllegalArgumentException("a request ends with the user's turn");
		}
		messages = List.copyOf(messages);
	}

	AiRequest withCorrection(String previousReply, String correction) {
		List<AiMessage> more = new java.util.ArrayList<>(this.messages);
		more.add(AiMessage.assistant(previousReply));
		more.add(AiMessage.user(correction));
		return new AiRequest(this.purpose, this.system, more, this.schema, this.maxTokens);
	}

}
