package io.hearth.ai;

import org.jspecify.annotations.Nullable;

/** One provider's way of answering a request (one attempt as the caller sees it). */
interface ModelClient {

	/** The provider's name, as in {@code HEARTH_AI_PROVIDER}. */
	String provider();

	/**
	 * @param sink receives the text as it arrives; null for one answer at the end
	 * @throws AiException when there is no usable answer
	 */
	Completion complete(AiRequest request, @Nullable TextSink sink);

	/**
	 * What one attempt returned.
	 *
	 * @param refused the model declined (its stop reason said so)
	 */
	record Completion(String text, String model, long inputTokens, long outputTokens, boolean refused) {
	}

}
