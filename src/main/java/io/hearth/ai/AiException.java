package io.hearth.ai;

/**
 * A call that did not give a usable answer, with what the caller should do about it.
 */
public class AiException extends RuntimeException {

	/** Why the call failed. */
	public enum Kind {

		/** No provider is configured ({@code none}): the feature is off. */
		UNAVAILABLE,
		/** The provider was busy, down or slow after every retry: try again later. */
		TRANSIENT,
		/**
		 * The provider refused the request itself (4xx, a bad key): trying again will not
		 * help.
		 */
		REJECTED,
		/** The model declined to answer. */
		REFUSED,
		/** The reply did not fit the schema, even after it was shown its errors. */
		INVALID

	}

	private final Kind kind;

	AiException(Kind kind, String message) {
		super(message);
		this.kind = kind;
	}

	AiException(Kind kind, String message, Throwable cause) {
		super(message, cause);
		this.kind = kind;
	}

	public Kind kind() {
		return this.kind;
	}

	/** True when the same call may succeed later. */
	public boolean retryable() {
		return this.kind == Kind.TRANSIENT;
	}

}
