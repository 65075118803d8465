package io.hearth.edge;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.hearth.platform.ErrorCodes;
import io.hearth.platform.Texts;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Has the request parameters decoded up front and applies {@link Texts}' rule to each: a
 * query string that is not valid percent-encoded UTF-8 is a 400 here instead of a servlet
 * exception deep inside a controller (Tomcat decodes lazily), and NUL or an unpaired
 * surrogate is a 422 naming the parameter, on every database alike. Form bodies are
 * refused before anything reads them.
 */
class RequestTextCheck extends OncePerRequestFilter {

	/**
	 * The one API address a form reaches: mail providers POST
	 * {@code List-Unsubscribe=One-Click} to a one-click unsubscribe link (RFC 8058).
	 */
	static final String ONE_CLICK = "/api/v1/club/unsubscribe";

	private final ProblemResponses problems;

	RequestTextCheck(ProblemResponses problems) {
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String type = request.getContentType();
		if (type != null && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")
				&& !PageErrors.pagePath(request.getRequestURI()) && !ONE_CLICK.equals(request.getRequestURI())) {
			// the API takes JSON; parsing a form body here could fail in ways Tomcat
			// answers by dropping the connection
			this.problems.write(request, response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, ErrorCodes.UNSUPPORTED_MEDIA_TYPE,
					"This API takes application/json request bodies");
			return;
		}
		if (type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
			// reading parameters would parse (and spool) the parts before authentication;
			// multipart binding reports its own errors, and its limits answer 413
			chain.doFilter(request, response);
			return;
		}
		Map<String, String[]> parameters;
		try {
			// Tomcat decodes once and keeps the result for every later getParameter
			parameters = request.getParameterMap();
		}
		catch (RuntimeException ex) {
			// InvalidParameterException: a bad %-escape, or bytes that are not UTF-8
			this.problems.write(request, response, HttpStatus.BAD_REQUEST, ErrorCodes.MALFORMED_REQUEST,
					"The query string is not valid percent-encoded UTF-8");
			return;
		}
		for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
			String name = parameter.getKey();
			String problem = Texts.problem(name);
			for (String value : parameter.getValue()) {
				problem = (problem != null) ? problem : Texts.problem(value);
			}
			if (problem != null) {
				this.problems.write(request, response, HttpStatus.UNPROCESSABLE_CONTENT, ErrorCodes.VALIDATION_FAILED,
						"The request has invalid fields", Map.of(Texts.isClean(name) ? name : "_", List.of(problem)));
				return;
			}
		}
		chain.doFilter(request, response);
	}

}
