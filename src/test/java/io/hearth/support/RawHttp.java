package io.hearth.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * HTTP/1.1 over a plain socket, byte for byte as given: what {@code java.net.http}
 * refuses to send (bad percent-encoding, raw {@code ..} and {@code \} in paths, broken
 * chunked or multipart bodies, control characters in headers) is exactly what a hostile
 * client sends. One request per connection; the response is read up to a size bound.
 */
public final class RawHttp {

	private final int port;

	private final int maxResponseBytes;

	public RawHttp(int port, int maxResponseBytes) {
		this.port = port;
		this.maxResponseBytes = maxResponseBytes;
	}

	/** A response; {@code truncated} when it was larger than the bound. */
	public record Response(int status, Map<String, String> headers, byte[] body, boolean truncated) {

		public @Nullable String header(String name) {
			return this.headers.get(name.toLowerCase(Locale.ROOT));
		}

		public String text() {
			return new String(this.body, StandardCharsets.UTF_8);
		}

	}

	/**
	 * Sends {@code head} (request line and headers, without the closing blank line: a
	 * {@code Connection: close} and the blank line are added) and {@code body} as they
	 * are.
	 */
	public Response exchange(String head, byte @Nullable [] body) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			try {
				out.write((head + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.UTF_8));
				if (body != null) {
					out.write(body);
				}
				out.flush();
				socket.shutdownOutput();
			}
			catch (IOException ex) {
				// the server answered before reading the whole body and closed: read that
				// answer
			}
			return parse(readAll(socket.getInputStream()));
		}
	}

	private byte[] readAll(InputStream in) throws IOException {
		ByteArrayOutputStream all = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		int n;
		while ((n = in.read(buffer)) > 0) {
			all.write(buffer, 0, n);
			if (all.size() > this.maxResponseBytes + 64 * 1024) {
				break;
			}
		}
		return all.toByteArray();
	}

	private Response parse(byte[] raw) throws IOException {
		int end = indexOf(raw, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII), 0);
		if (end < 0) {
			throw new IOException("no complete response head in " + raw.length + " bytes");
		}
		String[] lines = new String(raw, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
		int status = Integer.parseInt(lines[0].split(" ")[1]);
		Map<String, String> headers = new LinkedHashMap<>();
		for (int i = 1; i < lines.length; i++) {
			int colon = lines[i].indexOf(':');
			if (colon > 0) {
				headers.merge(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
						lines[i].substring(colon + 1).strip(), (a, b) -> a + ", " + b);
			}
		}
		byte[] body = java.util.Arrays.copyOfRange(raw, end + 4, raw.length);
		if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
			body = dechunk(body);
		}
		boolean truncated = body.length > this.maxResponseBytes;
		return new Response(status, headers, body, truncated);
	}

	private static byte[] dechunk(byte[] chunked) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int at = 0;
		while (at < chunked.length) {
			int lineEnd = indexOf(chunked, new byte[] { '\r', '\n' }, at);
			if (lineEnd < 0) {
				break;
			}
			String size = new String(chunked, at, lineEnd - at, StandardCharsets.US_ASCII).split(";")[0].strip();
			int length = Integer.parseInt(size, 16);
			if (length == 0) {
				break;
			}
			int from = lineEnd + 2;
			int to = Math.min(chunked.length, from + length);
			out.write(chunked, from, to - from);
			at = to + 2;
		}
		return out.toByteArray();
	}

	private static int indexOf(byte[] data, byte[] pattern, int from) {
		outer: for (int i = from; i <= data.length - pattern.length; i++) {
			for (int j = 0; j < pattern.length; j++) {
				if (data[i + j] != pattern[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

}
