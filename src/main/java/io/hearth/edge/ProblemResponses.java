package io.hearth.edge;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.hearth.platform.ApiException;
import io.hearth.platform.Problem;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Builds and writes the error body. Controllers never call it (they throw
 * {@link ApiException}); it is for code outside the MVC dispatch: servlet filters,
 * security handlers, the error page.
 */
@Component
public class ProblemResponses {

	private final JsonMapper json;

	ProblemResponses(JsonMapper json) {
		this.json = json;
	}

	public static Problem problem(HttpServletRequest request, HttpStatusCode status, String code, String detail,
			@Nullable Map<String, List<String>> errors) {
		HttpStatus known = HttpStatus.resolve(status.value());
		String title = (known != null) ? known.getReasonPhrase() : "Error";
		String type = "urn:hearth:problem:" + code.toLowerCase(Locale.ROOT).replace('_', '-');
		Object uri = request.getAttribute("jakarta.servlet.error.request_uri");
		String instance = (uri != null) ? uri.toString() : request.getRequestURI();
		return new Problem(false, type, title, status.value(), detail, instance, detail, code, errors,
				RequestIds.of(request));
	}

	static ResponseEntity<Object> entity(Problem problem, @Nullable HttpHeaders headers) {
		HttpHeaders out = new HttpHeaders();
		if (headers != null) {
			out.putAll(headers);
		}
		out.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		return ResponseEntity.status(problem.status()).headers(out).body(problem);
	}

	/** Writes the error body straight to the servlet response. */
	public void write(HttpServletRequest request, HttpServletResponse response, HttpStatusCode status, String code,
			String detail) throws IOException {
		write(request, response, status, code, detail, null);
	}

	/** Writes the error body, with field errors, straight to the servlet response. */
	public void write(HttpServletRequest request, HttpServletResponse response, HttpStatusCode status, String code,
			String detail, @Nullable Map<String, List<String>> errors) throws IOException {
		Problem problem = problem(request, status, code, detail, errors);
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		this.json.writeValue(response.getOutputStream(), problem);
	}

}
