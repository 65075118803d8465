package io.hearth.edge;

import java.io.IOException;

import io.hearth.platform.ErrorCodes;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.DefaultCorsProcessor;

/**
 * Spring's CORS checks, with a refusal written as the problem body (Spring writes the
 * plain text "Invalid CORS request").
 */
final class ProblemCorsProcessor extends DefaultCorsProcessor {

	private final ProblemResponses problems;

	ProblemCorsProcessor(ProblemResponses problems) {
		this.problems = problems;
	}

	@Override
	public boolean processRequest(@Nullable CorsConfiguration config, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		if (super.processRequest(config, request, response)) {
			return true;
		}
		this.problems.write(request, response, HttpStatus.FORBIDDEN, ErrorCodes.FORBIDDEN,
				"This origin, method or header is not allowed by the server's CORS policy");
		return false;
	}

	@Override
	protected void rejectRequest(ServerHttpResponse response) {
		// the body is written by processRequest, which knows the request
	}

}
