package io.hearth.edge;

import java.io.IOException;

import io.hearth.platform.ErrorCodes;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Caps non-multipart request bodies (JSON, mostly): a declared length over the cap is
 * refused at once with 413; a chunked body is counted as it is read and fails the read
 * past the cap. Multipart uploads have their own, larger limits.
 */
class RequestSizeLimit extends OncePerRequestFilter {

	static final String IMPORT_PATH = "/api/v1/collections/import";

	private final long maxBytes;

	private final ProblemResponses problems;

	RequestSizeLimit(long maxBytes, ProblemResponses problems) {
		this.maxBytes = maxBytes;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String type = request.getContentType();
		if (type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
			chain.doFilter(request, response);
			return;
		}
		if (request.getRequestURI().equals(IMPORT_PATH)) {
			// imports are streamed and batched; they get the upload limit instead
			chain.doFilter(request, response);
			return;
		}
		if (request.getContentLengthLong() > this.maxBytes) {
			this.problems.write(request, response, HttpStatus.CONTENT_TOO_LARGE, ErrorCodes.PAYLOAD_TOO_LARGE,
					message());
			return;
		}
		chain.doFilter(new Capped(request), response);
	}

	private String message() {
		return "The request body is larger than the " + this.maxBytes + " bytes this endpoint accepts";
	}

	static final class TooLargeException extends IOException {

		TooLargeException(String message) {
			super(message);
		}

	}

	private final class Capped extends HttpServletRequestWrapper {

		private ServletInputStream stream;

		Capped(HttpServletRequest request) {
			super(request);
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (this.stream == null) {
				this.stream = new CountingStream(super.getInputStream());
			}
			return this.stream;
		}

	}

	private final class CountingStream extends ServletInputStream {

		private final ServletInputStream delegate;

		private long count;

		CountingStream(ServletInputStream delegate) {
			this.delegate = delegate;
		}

		@Override
		public int read() throws IOException {
			int b = this.delegate.read();
			if (b >= 0) {
				add(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = this.delegate.read(buffer, offset, length);
			if (n > 0) {
				add(n);
			}
			return n;
		}

		private void add(long n) throws TooLargeException {
			this.count += n;
			if (this.count > RequestSizeLimit.this.maxBytes) {
				throw new TooLargeException(message());
			}
		}

		@Override
		public boolean isFinished() {
			return this.delegate.isFinished();
		}

		@Override
		public boolean isReady() {
			return this.delegate.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			this.delegate.setReadListener(listener);
		}

	}

}
