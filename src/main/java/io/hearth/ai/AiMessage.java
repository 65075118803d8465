package io.hearth.ai;

/**
 * One turn of a conversation sent to the model.
 *
 * @param fromUser true for the user's turns, false for the assistant's
 */
public record AiMessage(boolean fromUser, String text) {

	public static AiMessage user(String text) {
		return new AiMessage(true, text);
	}

	public static AiMessage assistant(String text) {
		return new AiMessage(false, text);
	}

}
