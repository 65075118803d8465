package io.hearth.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small real-HTTP client for system tests: no mocks between the test and the server.
 */
public final class Api {

	private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String base;

	/** Sent with every request unless the request names the same header itself. */
	private final List<String> defaults;

	public Api(int port) {
		this("http://127.0.0.1:" + port, List.of());
	}

	private Api(String base, List<String> defaults) {
		this.base = base;
		this.defaults = defaults;
	}

	/** The same client, signed in as {@code account}: {@code api.as(owner).get(...)}. */
	public Api as(TestAccounts.Account account) {
		return new Api(this.base, List.of("Authorization", account.bearer()));
	}

	/**
	 * Every header pair of the request: its own, then the defaults it does not override.
	 */
	private String[] withDefaults(String... headers) {
		List<String> all = new java.util.ArrayList<>(List.of(headers));
		for (int i = 0; i < this.defaults.size(); i += 2) {
			String name = this.defaults.get(i);
			boolean overridden = false;
			for (int j = 0; j < headers.length; j += 2) {
				overridden |= headers[j].equalsIgnoreCase(name);
			}
			if (!overridden) {
				all.add(name);
				all.add(this.defaults.get(i + 1));
			}
		}
		return all.toArray(String[]::new);
	}

	public Reply get(String path, String... headers) {
		return send("GET", path, null, headers);
	}

	public Reply post(String path, @Nullable String json, String... headers) {
		return send("POST", path, json, headers);
	}

	public Reply put(String path, @Nullable String json, String... headers) {
		return send("PUT", path, json, headers);
	}

	public Reply delete(String path, String... headers) {
		return send("DELETE", path, null, headers);
	}

	/**
	 * @param headers name, value, name, value...; a JSON content type is added for a body
	 * unless given
	 */
	public Reply send(String method, String path, @Nullable String body, String... given) {
		String[] headers = withDefaults(given);
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path))
			.timeout(Duration.ofSeconds(30));
		boolean typed = false;
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
			typed |= headers[i].equalsIgnoreCase("Content-Type");
		}
		if (body != null && !typed) {
			request.header("Content-Type", "application/json");
		}
		request.method(method,
				(body != null) ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody());
		try {
			HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Reply(response.statusCode(), response.headers(), response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException(method + " " + path + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** One part of a multipart body: a text field ({@code filename} null) or a file. */
	public record Part(String name, @Nullable String filename, String contentType, byte[] content) {

		public static Part text(String name, String value) {
			return new Part(name, null, "application/json", value.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		}

		public static Part file(String name, String filename, byte[] content) {
			return new Part(name, filename, "application/octet-stream", content);
		}

	}

	public Reply multipart(String path, List<Part> parts, String... given) {
		String[] headers = withDefaults(given);
		String boundary = "hearth-" + java.util.UUID.randomUUID();
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		for (Part part : parts) {
			StringBuilder head = new StringBuilder("--").append(boundary)
				.append("\r\nContent-Disposition: form-data; name=\"")
				.append(part.name())
				.append('"');
			if (part.filename() != null) {
				head.append("; filename=\"").append(part.filename()).append('"');
			}
			head.append("\r\nContent-Type: ").append(part.contentType()).append("\r\n\r\n");
			body.writeBytes(head.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
			body.writeBytes(part.content());
			body.writeBytes("\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
		}
		body.writeBytes(("--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path))
			.timeout(Duration.ofSeconds(60))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		try {
			HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Reply(response.statusCode(), response.headers(), response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException("POST " + path + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** The raw bytes of a GET. */
	public HttpResponse<byte[]> bytes(String path, String... given) {
		String[] headers = withDefaults(given);
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path))
			.timeout(Duration.ofSeconds(30));
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		try {
			return CLIENT.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new IllegalStateException("GET " + path + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** A response: status, headers and the body, parsed as JSON on demand. */
	public record Reply(int status, HttpHeaders headers, String body) {

		public JsonNode json() {
			return JsonMapper.shared().readTree(this.body);
		}

		public @Nullable String header(String name) {
			return this.headers.firstValue(name).orElse(null);
		}

		@Override
		public String toString() {
			return this.status + " " + this.body;
		}

	}

}
