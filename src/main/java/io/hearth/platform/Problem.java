package io.hearth.platform;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * The one error body (RFC 9457 with extension members). {@code error} repeats
 * {@code detail} for clients written against the seeds' {@code {"error": ...}} shape;
 * {@code errors} appears only for validation failures.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(boolean success, String type, String title, int status, String detail, @Nullable String instance,
		String error, String code, @Nullable Map<String, List<String>> errors, @Nullable String requestId) {

}
