package io.hearth.platform;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;

/**
 * A failure the client can act on. Thrown anywhere below a controller; the error advice
 * turns it into the problem body with the given status and stable code.
 */
public class ApiException extends RuntimeException {

	private final HttpStatus status;

	private final String code;

	private final @Nullable Map<String, List<String>> errors;

	public ApiException(HttpStatus status, String code, String detail) {
		this(status, code, detail, null);
	}

	public ApiException(HttpStatus status, String code, String detail, @Nullable Map<String, List<String>> errors) {
		super(detail, null, false, false);
		this.status = status;
		this.code = code;
		this.errors = errors;
	}

	public static ApiException notFound(String what) {
		return new ApiException(HttpStatus.NOT_FOUND, ErrorCodes.NOT_FOUND, what + " not found");
	}

	public static ApiException conflict(String code, String detail) {
		return new ApiException(HttpStatus.CONFLICT, code, detail);
	}

	public static ApiException forbidden(String detail) {
		return new ApiException(HttpStatus.FORBIDDEN, ErrorCodes.FORBIDDEN, detail);
	}

	public static ApiException badRequest(String code, String detail) {
		return new ApiException(HttpStatus.BAD_REQUEST, code, detail);
	}

	/** A 422 naming one invalid field or parameter. */
	public static ApiException invalid(String field, String message) {
		return invalid(Map.of(field, List.of(message)));
	}

	/** A 422 naming every invalid field or parameter. */
	public static ApiException invalid(Map<String, List<String>> errors) {
		return new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, ErrorCodes.VALIDATION_FAILED,
				"The request has invalid fields", errors);
	}

	public HttpStatus status() {
		return this.status;
	}

	public String code() {
		return this.code;
	}

	public @Nullable Map<String, List<String>> errors() {
		return this.errors;
	}

}
