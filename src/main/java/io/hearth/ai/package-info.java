/**
 * The model provider behind the AI features: one port ({@link io.hearth.ai.AiModel}) that
 * completes a prompt into JSON fitting a schema or into text, streamed when asked, with
 * retries, per-call usage records and health; Anthropic's Messages API through its
 * official SDK, an offline {@code demo} provider and {@code none}
 * ({@code ../shared/spec/planning.md}).
 */
@NullMarked
@ApplicationModule(displayName = "AI provider", allowedDependencies = { "platform" })
package io.hearth.ai;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
