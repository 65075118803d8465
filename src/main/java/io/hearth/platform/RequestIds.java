package io.hearth.platform;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Takes the client's {@code X-Request-Id} when it is a plain token of at most 128
 * characters, otherwise makes one; echoes it, and puts it in the logging context as
 * {@code request_id}.
 */
public final class RequestIds extends OncePerRequestFilter {

	public static final String HEADER = "X-Request-Id";

	static final String ATTRIBUTE = RequestIds.class.getName();

	static final String MDC_KEY = "request_id";

	private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

	/** The id of the request being handled, or {@code null} outside a request. */
	public static @Nullable String of(HttpServletRequest request) {
		Object id = request.getAttribute(ATTRIBUTE);
		return (id != null) ? id.toString() : null;
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		// the error page is rendered after this filter returned: restore the id for its
		// log lines
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String id = of(request);
		if (id == null) {
			String offered = request.getHeader(HEADER);
			id = (offered != null && ACCEPTED.matcher(offered).matches()) ? offered : UUID.randomUUID().toString();
			request.setAttribute(ATTRIBUTE, id);
			response.setHeader(HEADER, id);
		}
		MDC.put(MDC_KEY, id);
		try {
			chain.doFilter(request, response);
		}
		finally {
			MDC.remove(MDC_KEY);
			MDC.remove("user_id");
		}
	}

}
