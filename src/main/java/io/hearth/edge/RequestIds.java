package io.hearth.edge;

import java.io.IOException;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
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

	/**
	 * Unique, not secret: a random v4 UUID without the cost of SecureRandom on every
	 * request.
	 */
	static String newId() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		long high = (random.nextLong() & ~0xF000L) | 0x4000L;
		long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
		return new UUID(high, low).toString();
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
			id = (offered != null && ACCEPTED.matcher(offered).matches()) ? offered : newId();
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
