package io.hearth.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Decodes the query string up front (strictly, without touching a request body) and
 * applies {@link Texts}' rule to every parameter: a query string that is not valid
 * percent-encoded UTF-8 is a 400 here instead of a servlet exception deep inside a
 * controller, and NUL or an unpaired surrogate is a 422 naming the parameter, on every
 * database alike.
 */
class RequestTextCheck extends OncePerRequestFilter {

	private final ProblemResponses problems;

	RequestTextCheck(ProblemResponses problems) {
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String type = request.getContentType();
		if (type != null && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")
				&& request.getRequestURI().startsWith("/api/")) {
			// the API takes JSON; parsing a form body here could fail in ways Tomcat
			// answers by dropping the connection
			this.problems.write(request, response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, ErrorCodes.UNSUPPORTED_MEDIA_TYPE,
					"This API takes application/json request bodies");
			return;
		}
		String query = request.getQueryString();
		if (query != null) {
			for (String pair : query.split("&")) {
				int equals = pair.indexOf('=');
				String name = decode((equals < 0) ? pair : pair.substring(0, equals));
				String value = (equals < 0) ? "" : decode(pair.substring(equals + 1));
				if (name == null || value == null) {
					this.problems.write(request, response, HttpStatus.BAD_REQUEST, ErrorCodes.MALFORMED_REQUEST,
							"The query string is not valid percent-encoded UTF-8");
					return;
				}
				String problem = (Texts.problem(name) != null) ? Texts.problem(name) : Texts.problem(value);
				if (problem != null) {
					this.problems.write(request, response, HttpStatus.UNPROCESSABLE_CONTENT,
							ErrorCodes.VALIDATION_FAILED, "The request has invalid fields",
							Map.of(Texts.isClean(name) ? name : "_", List.of(problem)));
					return;
				}
			}
		}
		chain.doFilter(request, response);
	}

	/**
	 * Percent-decodes strictly: a bad escape or bytes that are not UTF-8 give
	 * {@code null}.
	 */
	static @Nullable String decode(String encoded) {
		if (encoded.indexOf('%') < 0 && encoded.indexOf('+') < 0) {
			return encoded;
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
		for (int i = 0; i < encoded.length(); i++) {
			char c = encoded.charAt(i);
			if (c == '%') {
				if (i + 2 >= encoded.length()) {
					return null;
				}
				int high = Character.digit(encoded.charAt(i + 1), 16);
				int low = Character.digit(encoded.charAt(i + 2), 16);
				if (high < 0 || low < 0) {
					return null;
				}
				bytes.write(high * 16 + low);
				i += 2;
			}
			else if (c == '+') {
				bytes.write(' ');
			}
			else {
				byte[] raw = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
				bytes.write(raw, 0, raw.length);
			}
		}
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes.toByteArray()))
				.toString();
		}
		catch (CharacterCodingException ex) {
			return null;
		}
	}

}
