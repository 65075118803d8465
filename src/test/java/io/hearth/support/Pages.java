package io.hearth.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * A browser without a browser, for page tests over real HTTP: it keeps cookies, never
 * follows redirects (tests assert them), and sends a form with the CSRF token of the page
 * it last read, as a browser submitting that page's form would.
 */
public final class Pages {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final String base;

	private final CookieManager cookies = new CookieManager();

	private final HttpClient client;

	private @Nullable String csrf;

	public Pages(int port) {
		this.base = "http://localhost:" + port;
		this.client = HttpClient.newBuilder()
			.cookieHandler(this.cookies)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	public HttpResponse<String> get(String path, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Accept", "text/html");
		for (int i = 0; i < headers.length; i += 2) {
			request.setHeader(headers[i], headers[i + 1]);
		}
		HttpResponse<String> response = send(request.GET().build());
		Matcher token = CSRF.matcher(response.body());
		if (token.find()) {
			this.csrf = token.group(1);
		}
		return response;
	}

	/** Posts a form with the CSRF token of the last page read. */
	public HttpResponse<String> submit(String path, Map<String, String> fields) {
		Map<String, String> all = new LinkedHashMap<>(fields);
		if (this.csrf != null) {
			all.put("_csrf", this.csrf);
		}
		return post(path, all);
	}

	/** Posts a form as given: no token unless the test puts one in. */
	public HttpResponse<String> post(String path, Map<String, String> fields) {
		return send(HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString(form(fields)))
			.build());
	}

	private static String form(Map<String, String> fields) {
		return fields.entrySet()
			.stream()
			.map((e) -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

	/**
	 * Posts a form with the CSRF token as the page's script does, asking for
	 * {@code text/event-stream}; the body is the whole stream once it ends.
	 */
	public HttpResponse<String> stream(String path, Map<String, String> fields) {
		Map<String, String> all = new LinkedHashMap<>(fields);
		if (this.csrf != null) {
			all.put("_csrf", this.csrf);
		}
		return send(HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/event-stream")
			.POST(HttpRequest.BodyPublishers.ofString(form(all)))
			.build());
	}

	/** Signs in through the sign-in page. */
	public HttpResponse<String> signIn(String login, String password) {
		get("/signin");
		return submit("/signin", Map.of("login", login, "password", password));
	}

	/** The CSRF token of the last page read. */
	public @Nullable String csrf() {
		return this.csrf;
	}

	/**
	 * Carries a cookie another client was given, as a browser moved between instances.
	 */
	public void setCookie(String name, String value) {
		HttpCookie cookie = new HttpCookie(name, value);
		cookie.setPath("/");
		cookie.setVersion(0);
		this.cookies.getCookieStore().add(URI.create(this.base + "/"), cookie);
	}

	public @Nullable String cookie(String name) {
		return this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter((c) -> c.getName().equals(name))
			.map(HttpCookie::getValue)
			.findFirst()
			.orElse(null);
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return this.client.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
