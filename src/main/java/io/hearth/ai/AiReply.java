package io.hearth.ai;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The model's answer.
 *
 * @param text the reply as written
 * @param json the reply parsed, when a schema was asked for (it fits the schema)
 * @param model the model that wrote it
 * @param inputTokens what the prompt cost, over every attempt
 * @param outputTokens what the reply cost, over every attempt
 * @param took from the first request to the last byte
 */
public record AiReply(String text, @Nullable JsonNode json, String model, long inputTokens, long outputTokens,
		Duration took) {
}
