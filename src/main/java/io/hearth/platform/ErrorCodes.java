package io.hearth.platform;

import org.springframework.http.HttpStatusCode;

/** The stable {@code code} values of the error body that every module shares. */
public final class ErrorCodes {

	public static final String MALFORMED_REQUEST = "MALFORMED_REQUEST";

	public static final String BAD_REQUEST = "BAD_REQUEST";

	public static final String UNAUTHENTICATED = "UNAUTHENTICATED";

	public static final String FORBIDDEN = "FORBIDDEN";

	public static final String NOT_FOUND = "NOT_FOUND";

	public static final String METHOD_NOT_ALLOWED = "METHOD_NOT_ALLOWED";

	public static final String NOT_ACCEPTABLE = "NOT_ACCEPTABLE";

	public static final String CONFLICT = "CONFLICT";

	public static final String PRECONDITION_FAILED = "PRECONDITION_FAILED";

	public static final String PAYLOAD_TOO_LARGE = "PAYLOAD_TOO_LARGE";

	public static final String UNSUPPORTED_MEDIA_TYPE = "UNSUPPORTED_MEDIA_TYPE";

	public static final String VALIDATION_FAILED = "VALIDATION_FAILED";

	/** A {@code cursor} that no list made, or that this list does not take. */
	public static final String INVALID_CURSOR = "INVALID_CURSOR";

	public static final String RATE_LIMITED = "RATE_LIMITED";

	public static final String INTERNAL_ERROR = "INTERNAL_ERROR";

	/** A list or search statement ran past its time bound (503). */
	public static final String QUERY_TIMEOUT = "QUERY_TIMEOUT";

	public static final String UNAVAILABLE = "UNAVAILABLE";

	private ErrorCodes() {
	}

	/** The code used when nothing more specific is known than the status. */
	public static String forStatus(HttpStatusCode status) {
		return switch (status.value()) {
			case 400 -> BAD_REQUEST;
			case 401 -> UNAUTHENTICATED;
			case 403 -> FORBIDDEN;
			case 404 -> NOT_FOUND;
			case 405 -> METHOD_NOT_ALLOWED;
			case 406 -> NOT_ACCEPTABLE;
			case 409 -> CONFLICT;
			case 412 -> PRECONDITION_FAILED;
			case 413 -> PAYLOAD_TOO_LARGE;
			case 415 -> UNSUPPORTED_MEDIA_TYPE;
			case 422 -> VALIDATION_FAILED;
			case 429 -> RATE_LIMITED;
			case 503 -> UNAVAILABLE;
			default -> status.is4xxClientError() ? BAD_REQUEST : INTERNAL_ERROR;
		};
	}

}
