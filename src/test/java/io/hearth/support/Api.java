package io.hearth.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small real-HTTP client for system tests: no mocks between the test and the server.
 */
public final class Api {

	private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String base;

	public Api(int port) {
		this.base = "http://127.0.0.1:" + port;
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
	public Reply send(String method, String path, @Nullable String body, String... headers) {
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
