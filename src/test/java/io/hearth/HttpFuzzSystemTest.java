package io.hearth;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import io.hearth.support.Api.Reply;
import io.hearth.support.Api;
import io.hearth.support.ApiSystemTest;
import io.hearth.support.RawHttp;
import io.hearth.support.SiteFixture;
import io.hearth.support.TestAccounts.Account;
import io.hearth.support.TestAccounts;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI-driven HTTP fuzz test: every operation the published document lists gets
 * requests built from its parameters and body schema, then broken on purpose (wrong
 * types, missing, extra and null fields, extreme numbers and strings, bad encodings and
 * headers, bad multipart, forged cursors). Every answer must be below 500, every error
 * the problem body with a {@code request_id}, no answer larger than a bound, and a
 * rejected write must leave the fixture resources as they were.
 * <p>
 * Seeded and bounded: {@code -Dhearth.fuzz.seed=N} replays a run (the seed is printed
 * first and with every failure), {@code -Dhearth.fuzz.requests=N} sets the count.
 */
@DirtiesContext
class HttpFuzzSystemTest extends ApiSystemTest {

	static final int MAX_RESPONSE_BYTES = 512 * 1024;

	private static final JsonMapper JSON = JsonMapper.shared();

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	Random random;

	Fixture fixture;

	@Test
	void shouldAnswerEveryMalformedRequestWithAProblemBelow500AndChangeNothing() throws Exception {
		long seed = Long.getLong("hearth.fuzz.seed", System.nanoTime());
		int count = Integer.getInteger("hearth.fuzz.requests", 5000);
		System.out
			.println("[fuzz] seed " + seed + ", " + count + " requests (replay: -Dhearth.fuzz.seed=" + seed + ")");
		this.random = new Random(seed);
		Api api = this.api;
		this.fixture = new Fixture(api);
		JsonNode document = api.get("/api/v1/openapi.json").json();
		List<Operation> operations = operations(document);
		assertThat(operations).as("operations in the OpenAPI document").hasSizeGreaterThan(40);
		RawHttp http = new RawHttp(this.port, MAX_RESPONSE_BYTES);
		Map<String, String> failures = new LinkedHashMap<>();
		Map<Integer, Integer> byStatus = new java.util.TreeMap<>();
		int checkedUnchanged = 0;
		for (int i = 0; i < count; i++) {
			if (i % 400 == 0) {
				this.fixture.newBurner();
			}
			Operation operation = operations.get(i % operations.size());
			Request request = build(document, operation);
			String before = (request.fixture() != null) ? this.fixture.snapshot(request.fixture()) : null;
			RawHttp.Response response;
			try {
				response = http.exchange(request.head(), request.body());
			}
			catch (java.io.IOException ex) {
				failures.putIfAbsent(operation.key() + " io", "#" + i + " " + ex + "\n" + request.head());
				continue;
			}
			byStatus.merge(response.status(), 1, Integer::sum);
			if (response.status() == 401 && request.head().contains(this.fixture.burner.accessToken())) {
				// an identity operation logged the burner out or changed it: carry on
				// with a new one
				this.fixture.newBurner();
			}
			String problem = check(operation, response);
			if (problem != null) {
				failures.putIfAbsent(operation.key() + " " + problem, "#" + i + " " + response.status() + " "
						+ abbreviate(response.text()) + "\n" + request.head() + "\n\n" + abbreviate(request.body()));
			}
			if (before != null && response.status() >= 400) {
				checkedUnchanged++;
				String after = this.fixture.snapshot(request.fixture());
				if (!before.equals(after)) {
					failures.putIfAbsent(operation.key() + " changed by a rejected write",
							"#" + i + " " + response.status() + "\n" + request.head() + "\n\n"
									+ abbreviate(request.body()) + "\nbefore: " + abbreviate(before) + "\nafter: "
									+ abbreviate(after));
				}
			}
		}
		System.out.println("[fuzz] seed " + seed + ": " + count + " requests over " + operations.size()
				+ " operations; statuses " + byStatus + "; " + checkedUnchanged + " rejected writes re-read; "
				+ failures.size() + " failures");
		assertThat(failures).as("fuzz failures with seed " + seed + " (replay with -Dhearth.fuzz.seed=" + seed + ")")
			.isEmpty();
	}

	/** What an answer must be; {@code null} when it is. */
	private @Nullable String check(Operation operation, RawHttp.Response response) {
		if (response.status() >= 500) {
			return "answered " + response.status();
		}
		if (response.truncated() && !operation.path().equals("/api/v1/openapi.json")) {
			return "answered more than " + MAX_RESPONSE_BYTES + " bytes";
		}
		if (response.status() >= 400) {
			String type = response.header("content-type");
			if (type == null || !type.startsWith("application/problem+json")) {
				return "error without a problem body (" + type + ")";
			}
			try {
				JsonNode body = JSON.readTree(response.body());
				if (!body.path("request_id").isString() || body.path("request_id").asString().isBlank()) {
					return "problem without request_id";
				}
				if (body.path("status").asInt() != response.status() || !body.path("code").isString()) {
					return "problem with a wrong status or no code";
				}
			}
			catch (RuntimeException ex) {
				return "problem body is not JSON";
			}
		}
		return null;
	}

	// ---------------------------------------------------------------- operations

	record Operation(String method, String path, JsonNode spec) {

		String key() {
			return this.method + " " + this.path;
		}

	}

	private static List<Operation> operations(JsonNode document) {
		List<Operation> operations = new ArrayList<>();
		for (String path : document.get("paths").propertyNames()) {
			JsonNode item = document.get("paths").get(path);
			for (String method : item.propertyNames()) {
				if (List.of("get", "post", "put", "patch", "delete").contains(method)) {
					operations.add(new Operation(method.toUpperCase(java.util.Locale.ROOT), path, item.get(method)));
				}
			}
		}
		return operations;
	}

	record Request(String head, byte @Nullable [] body, @Nullable String fixture) {
	}

	private Request build(JsonNode document, Operation operation) {
		boolean identity = operation.path().startsWith("/api/v1/auth") || operation.path().startsWith("/api/v1/admin");
		// path
		String fixtureResource = null;
		StringBuilder path = new StringBuilder();
		for (String segment : operation.path().substring(1).split("/")) {
			path.append('/');
			if (segment.startsWith("{")) {
				String value = pathValue(operation, identity);
				path.append(value);
			}
			else {
				path.append(segment);
			}
		}
		String concrete = path.toString();
		for (String resource : this.fixture.resources) {
			if (concrete.startsWith(resource) && !operation.method().equals("GET")) {
				fixtureResource = resource;
			}
		}
		if (chance(0.05)) {
			concrete = breakPath(concrete);
			fixtureResource = null;
		}
		// query
		List<String> query = new ArrayList<>();
		for (JsonNode parameter : operation.spec().path("parameters")) {
			JsonNode resolved = resolve(document, parameter);
			if (!"query".equals(resolved.path("in").asString()) || !chance(0.5)) {
				continue;
			}
			query.add(encode(resolved.path("name").asString()) + "=" + queryValue(document, resolved));
		}
		if (operation.path().endsWith("/items") && operation.method().equals("GET")) {
			for (String extra : List.of("field.weight.min", "field.weight.max", "field.weight", "field.bought.min",
					"field.mint", "category_id", "has_photos", "q")) {
				if (chance(0.15)) {
					query.add(extra + "=" + queryValue(document, NODES.objectNode()));
				}
			}
		}
		if (chance(0.1)) {
			query.add(pick("cursor", "page", "per_page", "sort", "unknown", "q") + "="
					+ queryValue(document, NODES.objectNode()));
		}
		if (!query.isEmpty()) {
			concrete += "?" + String.join("&", query);
		}
		// headers
		List<String> headers = new ArrayList<>();
		headers.add("Host: 127.0.0.1:" + this.port);
		String bearer;
		if (chance(0.8)) {
			bearer = identity ? this.fixture.burner.bearer()
					: pick(this.fixture.admin.bearer(), this.fixture.owner.bearer());
		}
		else {
			bearer = pick(null, "Bearer x.y.z", "Bearer " + "a".repeat(600), "Basic Zm9vOmJhcg==", "Bearer");
		}
		if (bearer != null) {
			headers.add("Authorization: " + bearer);
		}
		if (operation.path().startsWith("/api/v1/interactions") || chance(0.1)) {
			String site = pick(this.fixture.site.toString(), this.fixture.site.toString(), UUID.randomUUID().toString(),
					"not-a-site", "", "\u00e9");
			headers.add("X-Site-Id: " + site);
		}
		if (List.of("PUT", "PATCH", "DELETE").contains(operation.method())) {
			if (operation.method().equals("DELETE") && fixtureResource != null) {
				headers.add("If-Match: \"987654\"");
			}
			else if (chance(0.5)) {
				headers.add("If-Match: " + pick("\"0\"", "\"1\"", "*", "W/\"0\"", "garbage", "\"99999999999999999999\"",
						"\"-1\"", "\"\"", "\"0\", \"1\""));
			}
		}
		if (chance(0.05)) {
			headers.add("X-Request-Id: " + pick("ok-id", "x".repeat(300), "bad id with spaces", "\u00ff\u00fe", ""));
		}
		if (chance(0.03)) {
			headers.add(pick("Origin: https://evil.example", "Origin: https://app.example.test", "Accept: text/html",
					"Accept: application/xml", "Content-Length: 99999999999999999999", "Transfer-Encoding: chunked",
					"Range: bytes=0-1", "X-Forwarded-For: 1.2.3.4, ::1"));
		}
		// body
		byte[] body = null;
		String contentType = null;
		JsonNode content = operation.spec().path("requestBody").path("content");
		if (content.has("multipart/form-data") && (operation.spec().path("requestBody").has("content")
				&& (!content.has("application/json") || chance(0.5)))) {
			String boundary = "fuzz" + this.random.nextInt(1_000_000);
			contentType = pick("multipart/form-data; boundary=" + boundary, "multipart/form-data",
					"multipart/form-data; boundary=" + boundary, "multipart/form-data; boundary=\"\"");
			body = multipart(boundary);
		}
		else if (!content.isMissingNode() && !content.isEmpty()) {
			JsonNode schema = content.get(content.propertyNames().iterator().next()).path("schema");
			contentType = pick("application/json", "application/json", "application/json", "application/json",
					"application/merge-patch+json", "text/plain", "application/json; charset=latin1",
					"application/x-www-form-urlencoded", "garbage/;;;");
			body = jsonBody(document, operation, schema);
		}
		else if (chance(0.05)) {
			contentType = "application/json";
			body = "{\"unexpected\": true}".getBytes(StandardCharsets.UTF_8);
		}
		if (contentType != null) {
			headers.add("Content-Type: " + contentType);
		}
		if (body != null) {
			if (chance(0.04)) {
				// a chunked body that ends early or has a bad size line
				headers.add("Transfer-Encoding: chunked");
				body = pick("zz\r\nabc\r\n", "5\r\nab", "3\r\nabc\r\n0\r\n", "ffffffffffffffff\r\nx\r\n")
					.getBytes(StandardCharsets.ISO_8859_1);
			}
			else {
				headers.add("Content-Length: " + body.length);
			}
		}
		String head = operation.method() + " " + concrete + " HTTP/1.1\r\n" + String.join("\r\n", headers);
		return new Request(head, body, fixtureResource);
	}

	private String pathValue(Operation operation, boolean identity) {
		if (operation.path().contains("/files/") && operation.path().endsWith("{variant}")) {
			return pick("original", "small", "large", "x", "%00", "..");
		}
		double roll = this.random.nextDouble();
		if (roll < 0.7) {
			List<UUID> ids = identity ? List.of(this.fixture.burner.id(), this.fixture.burner.id()) : this.fixture.ids;
			return ids.get(this.random.nextInt(ids.size())).toString();
		}
		if (roll < 0.8) {
			return UUID.randomUUID().toString();
		}
		return pick("not-a-uuid", "%00", "%zz", "..", "%2e%2e", "%2F", "a%5Cb", "00000000-0000-0000-0000-000000000000",
				"x".repeat(2000), "%ED%A0%80", "%C0%80", "-1", "1e999999999", "%E2%80%AE");
	}

	private String breakPath(String path) {
		return switch (this.random.nextInt(8)) {
			case 0 -> path + "/../../etc/passwd";
			case 1 -> path.replaceFirst("/api/", "/api%2F");
			case 2 -> path.replace("/v1/", "/v1\\");
			case 3 -> path + ";jsessionid=x";
			case 4 -> path + "%";
			case 5 -> path.replaceFirst("/api/", "//api/");
			case 6 -> path + "/%2e%2e/%2e%2e";
			default -> path + "%00";
		};
	}

	private String queryValue(JsonNode document, JsonNode parameter) {
		if (chance(0.4)) {
			JsonNode example = generate(document, parameter.path("schema"), 0);
			String text = example.isString() ? example.asString() : example.toString();
			return encode(text);
		}
		return pick("", "%", "%zz", "%00", "a%00b", "%ED%A0%80", "%C0%80", "%FF", "1e999999999", "1e-999999999",
				"-1e309", "2147483647", "2147483648", "-2147483649", "99999999999999999999", "-0", "NaN", "Infinity",
				"true", "[]", encode("{\"a\":1}"), encode("x".repeat(3000)), "+999999999-01-01",
				"-999999999-12-31T00:00:00Z", "2026-02-30", "0001-01-01T00:00:00Z", encode("' OR 1=1 --"),
				encode("%_\\"), "eyJhIjoxfQ", encode(forgedCursor()), "a&a=b&a=c", "name,-created_at,x");
	}

	private String forgedCursor() {
		String json = pick("[\"2026-01-01T00:00:00Z\",\"" + UUID.randomUUID() + "\"]", "[\"x\",\"y\"]", "[1,2]",
				"[\"+999999999-01-01T00:00:00Z\",\"" + UUID.randomUUID() + "\"]", "{}", "[]", "null");
		return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
	}

	private byte[] jsonBody(JsonNode document, Operation operation, JsonNode schema) {
		double roll = this.random.nextDouble();
		if (roll < 0.06) {
			return pick("{", "{\"a\":", "[", "nul", "\"text\"", "", "{\"a\":1}}", "{\"a\":\"\\ud800\"}", "{\"a\":1,}",
					"\uFEFF{}", "[".repeat(3000), "{\"a\":" + "1".repeat(5000) + "}")
				.getBytes(StandardCharsets.UTF_8);
		}
		if (roll < 0.08) {
			return new byte[] { '{', '"', 'n', 'a', 'm', 'e', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}' };
		}
		if (roll < 0.1) {
			return ("{\"name\":\"" + "x".repeat(1_100_000) + "\"}").getBytes(StandardCharsets.UTF_8);
		}
		JsonNode body = template(operation);
		if (body == null) {
			body = generate(document, schema, 0);
		}
		int mutations = this.random.nextInt(4);
		for (int i = 0; i < mutations; i++) {
			body = mutate(body, 0);
		}
		return JSON.writeValueAsBytes(body);
	}

	/** Valid bodies of the operations that need ids and category knowledge to go deep. */
	private @Nullable JsonNode template(Operation operation) {
		String key = operation.key();
		if (key.matches("(POST|PUT|PATCH) /api/v1/collections/items(/\\{id})?")) {
			return JSON.readTree(
					"""
							{"name": "Fuzzed", "description": "d", "category_id": "%s",
							 "values": {"code": "AB", "weight": 1.5, "grade": "a", "mint": true, "bought": "2024-01-02",
							            "shop": "https://shop.example"}, "urls": [{"url": "https://a.example", "label": "A"}]}"""
						.formatted(this.fixture.category));
		}
		if (key.matches("(POST|PUT|PATCH) /api/v1/interactions(/\\{id})?")) {
			return JSON.readTree(SiteFixture.body("Fuzzed"));
		}
		if (key.matches("(POST|PUT|PATCH) /api/v1/collections/categories(/\\{id})?")) {
			return JSON
				.readTree("{\"name\": \"Fuzz " + this.random.nextInt() + "\", \"fields\": " + Fixture.FIELDS + "}");
		}
		if (key.equals("POST /api/v1/collections/import")) {
			return JSON.readTree("""
					{"format": "hearth-collections", "version": 1, "categories": [{"id": "%s", "name": "C",
					 "fields": []}], "items": [{"id": "%s", "category_id": "%s", "name": "I", "values": {}}]}"""
				.formatted(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID()));
		}
		return null;
	}

	private JsonNode generate(JsonNode document, JsonNode schema, int depth) {
		JsonNode s = resolve(document, schema);
		for (String choice : List.of("oneOf", "anyOf", "allOf")) {
			if (s.has(choice) && !s.get(choice).isEmpty()) {
				return generate(document, s.get(choice).get(0), depth);
			}
		}
		if (s.has("enum") && !s.get("enum").isEmpty()) {
			return s.get("enum").get(this.random.nextInt(s.get("enum").size()));
		}
		String type = s.path("type").isArray() ? s.path("type").get(0).asString() : s.path("type").asString("");
		if (type.isEmpty() && s.has("properties")) {
			type = "object";
		}
		return switch (type) {
			case "object" -> {
				ObjectNode object = NODES.objectNode();
				if (depth < 4) {
					for (String name : s.path("properties").propertyNames()) {
						if (chance(0.9)) {
							object.set(name, generate(document, s.get("properties").get(name), depth + 1));
						}
					}
				}
				yield object;
			}
			case "array" -> {
				ArrayNode array = NODES.arrayNode();
				if (depth < 4) {
					int n = this.random.nextInt(3);
					for (int i = 0; i < n; i++) {
						array.add(generate(document, s.path("items"), depth + 1));
					}
				}
				yield array;
			}
			case "integer" -> NODES.numberNode(this.random.nextInt(200) - 20);
			case "number" -> NODES.numberNode(this.random.nextDouble() * 100);
			case "boolean" -> NODES.booleanNode(this.random.nextBoolean());
			case "string" -> NODES.stringNode(switch (s.path("format").asString("")) {
				case "uuid" -> this.fixture.ids.get(this.random.nextInt(this.fixture.ids.size())).toString();
				case "date-time" -> "2026-05-01T09:00:00Z";
				case "date" -> "2026-05-01";
				case "email" -> "fuzz" + this.random.nextInt(100000) + "@example.test";
				default -> "fuzz-" + this.random.nextInt(1000);
			});
			default -> NODES.stringNode("fuzz");
		};
	}

	private JsonNode mutate(JsonNode body, int depth) {
		if (body instanceof ObjectNode object && !object.isEmpty() && depth < 3 && chance(0.8)) {
			List<String> names = new ArrayList<>(object.propertyNames());
			String name = names.get(this.random.nextInt(names.size()));
			switch (this.random.nextInt(5)) {
				case 0 -> object.remove(name);
				case 1 -> object.set(name, NODES.nullNode());
				case 2 -> object.set(pick("unknown", "id", "version", "owner_id", "role", "__proto__"), nasty());
				default -> object.set(name, mutate(object.get(name), depth + 1));
			}
			return object;
		}
		if (body instanceof ArrayNode array && !array.isEmpty() && depth < 3 && chance(0.7)) {
			int index = this.random.nextInt(array.size());
			array.set(index, chance(0.3) ? NODES.nullNode() : mutate(array.get(index), depth + 1));
			return array;
		}
		return nasty();
	}

	private JsonNode nasty() {
		return switch (this.random.nextInt(4)) {
			case 0 -> NODES.stringNode(pick("", " ", "\u0000", "a\u0000b", "\ud800", "x\udc00y", "x".repeat(10_000),
					"../../etc/passwd", "<script>alert(1)</script>", "' OR 1=1 --", "%00", "\u202eevil", "\uD83D\uDE00",
					"+999999999-12-31", "-999999999-01-01", "2026-02-30", "9999-12-31T23:59:59Z",
					"+999999999-12-31T23:59:59Z", "0000-01-01T00:00:00Z", "Not/AZone", "NaN", "1e999999999",
					UUID.randomUUID().toString(), "root-admin", "admin", "site_admin"));
			case 1 -> JSON.readTree(pick("0", "-1", "2147483648", "9223372036854775808", "1e309", "-1e309",
					"1e-999999999", "1e999999999", "0.1", "-0.0", "123456789012345678901234567890.123456789012345",
					"1E+400", "4.9e-324", "99999999999999999999999999999999999999"));
			case 2 -> JSON.readTree(
					pick("true", "false", "null", "[]", "[null]", "[1,\"a\",{}]", "{}", "{\"a\":{\"b\":{\"c\":[]}}}",
							"[\"" + UUID.randomUUID() + "\"]", "{\"url\": \"javascript:alert(1)\"}"));
			default -> {
				ArrayNode many = NODES.arrayNode();
				int n = pick(200, 2000, 20_000);
				for (int i = 0; i < n; i++) {
					many.add(NODES.objectNode().put("key", "k" + i).put("label", "L").put("type", "text"));
				}
				yield many;
			}
		};
	}

	private byte[] multipart(String boundary) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		String data = """
				{"name": "Fuzzed", "category_id": "%s", "values": {"code": "AB"}}""".formatted(this.fixture.category);
		String filename = pick("a.png", "a\u0000.png", "../../x.png", "\u202egnp.exe", "", "x".repeat(1000));
		byte[] image = pick(Fixture.PNG, new byte[] { 1, 2, 3 }, new byte[0],
				"GIF89a".getBytes(StandardCharsets.US_ASCII));
		out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"\r\n"
				+ "Content-Type: application/json\r\n\r\n" + data + "\r\n")
			.getBytes(StandardCharsets.UTF_8));
		out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
				+ pick("photos", "photos[]", "other", "data") + "\"; filename=\"" + filename + "\"\r\n"
				+ "Content-Type: image/png\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		out.writeBytes(image);
		if (!chance(0.2)) {
			out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		}
		return out.toByteArray();
	}

	private static JsonNode resolve(JsonNode document, JsonNode node) {
		JsonNode current = node;
		for (int i = 0; i < 10 && current.has("$ref"); i++) {
			current = document.at(current.get("$ref").asString().substring(1));
		}
		return current;
	}

	private boolean chance(double p) {
		return this.random.nextDouble() < p;
	}

	@SafeVarargs
	private <T> T pick(T... choices) {
		return choices[this.random.nextInt(choices.length)];
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	private static String abbreviate(byte @Nullable [] body) {
		return (body == null) ? "" : abbreviate(new String(body, StandardCharsets.UTF_8));
	}

	private static String abbreviate(String text) {
		return (text.length() > 600) ? text.substring(0, 600) + "…(" + text.length() + " chars)" : text;
	}

	/**
	 * The resources the fuzzer aims at: an owner with a category of every field type, an
	 * item with a link, a site with an interaction, and a burner account for the identity
	 * operations (which may log it out, change or delete it).
	 */
	static final class Fixture {

		static final String FIELDS = """
				[{"key": "code", "label": "Code", "type": "text", "required": true, "max_length": 5},
				 {"key": "weight", "label": "Weight", "type": "number", "min": 0, "max": 100, "step": 0.5},
				 {"key": "grade", "label": "Grade", "type": "select", "options": [{"value": "a", "label": "A"}]},
				 {"key": "mint", "label": "Mint", "type": "boolean"},
				 {"key": "bought", "label": "Bought", "type": "date"},
				 {"key": "shop", "label": "Shop", "type": "url"}]""";

		static final byte[] PNG = java.util.Base64.getDecoder()
			.decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

		final Api api;

		final TestAccounts accounts;

		final Account admin;

		final Account owner;

		Account burner;

		final UUID category;

		final UUID item;

		final UUID site;

		final UUID interaction;

		final List<UUID> ids = new ArrayList<>();

		/** The paths of the resources whose state a rejected write must leave alone. */
		final List<String> resources = new ArrayList<>();

		Fixture(Api api) {
			this.api = api;
			this.accounts = new TestAccounts(api);
			this.admin = this.accounts.admin();
			this.owner = this.accounts.create("user");
			this.burner = this.accounts.create("user");
			Reply category = api.post("/api/v1/collections/categories",
					"{\"name\": \"Fuzz\", \"fields\": " + FIELDS + "}", "Authorization", this.owner.bearer());
			assertThat(category.status()).as(category.toString()).isEqualTo(201);
			this.category = UUID.fromString(category.json().at("/data/id").asString());
			Reply item = api.post("/api/v1/collections/items", """
					{"name": "Target", "category_id": "%s", "values": {"code": "AB", "weight": 2},
					 "urls": [{"url": "https://a.example"}]}""".formatted(this.category), "Authorization",
					this.owner.bearer());
			assertThat(item.status()).as(item.toString()).isEqualTo(201);
			this.item = UUID.fromString(item.json().at("/data/id").asString());
			UUID link = UUID.fromString(item.json().at("/data/urls/0/id").asString());
			SiteFixture sites = new SiteFixture(api);
			this.site = sites.site;
			this.interaction = sites.interaction(this.site, "Target");
			String tag = UUID.randomUUID().toString().substring(0, 8);
			Reply venue = api.post("/api/v1/club/admin/venues", """
					{"slug": "fuzz-%s", "capacity": 10, "mood": "warm", "texts": {"en": {"name": "Fuzz"}}}"""
				.formatted(tag), "Authorization", this.admin.bearer());
			assertThat(venue.status()).as(venue.toString()).isEqualTo(201);
			UUID venueId = UUID.fromString(venue.json().at("/data/id").asString());
			Reply artist = api.post("/api/v1/club/admin/artists", """
					{"slug": "fuzz-%s", "name": "Fuzz", "performance_type": "dj", "bios": {"en": "Plays"}}"""
				.formatted(tag), "Authorization", this.admin.bearer());
			assertThat(artist.status()).as(artist.toString()).isEqualTo(201);
			UUID artistId = UUID.fromString(artist.json().at("/data/id").asString());
			Reply event = api.post("/api/v1/club/admin/events", """
					{"type": "dj_set", "venue_id": "%s", "starts_at": "2030-06-01T20:00:00Z",
					 "ends_at": "2030-06-01T23:00:00Z", "texts": {"en": {"title": "Fuzz %s"}},
					 "artists": [{"artist_id": "%s"}]}""".formatted(venueId, tag, artistId), "Authorization",
					this.admin.bearer());
			assertThat(event.status()).as(event.toString()).isEqualTo(201);
			UUID eventId = UUID.fromString(event.json().at("/data/id").asString());
			this.ids.addAll(List.of(this.category, this.item, link, this.site, this.interaction, this.owner.id(),
					venueId, artistId, eventId));
			for (String path : List.of("/api/v1/collections/items/" + this.item,
					"/api/v1/collections/categories/" + this.category, "/api/v1/interactions/" + this.interaction,
					"/api/v1/sites/" + this.site, "/api/v1/club/admin/venues/" + venueId,
					"/api/v1/club/admin/artists/" + artistId, "/api/v1/club/admin/events/" + eventId)) {
				this.resources.add(path);
			}
		}

		void newBurner() {
			this.burner = this.accounts.create("user");
		}

		/**
		 * The resource as the admin reads it (every fixture is readable by the admin).
		 */
		String snapshot(String path) {
			Reply reply = this.api.get(path, "Authorization", this.admin.bearer(), "X-Site-Id", this.site.toString());
			// a failed read is compared by status and code only: its body carries a fresh
			// request id
			JsonNode body = (reply.status() == 200) ? reply.json().get("data")
					: NODES.textNode(reply.status() + " " + reply.json().path("code").asString(""));
			return stable(body).toString();
		}

		/** The body without what changes on every read (signed URLs). */
		private static JsonNode stable(JsonNode node) {
			if (node instanceof ObjectNode object) {
				for (Iterator<String> names = object.propertyNames().iterator(); names.hasNext();) {
					String name = names.next();
					if (name.endsWith("url") && object.get(name).isString()
							&& object.get(name).asString().contains("sig=")) {
						names.remove();
					}
					else {
						stable(object.get(name));
					}
				}
			}
			else if (node instanceof ArrayNode array) {
				array.forEach(Fixture::stable);
			}
			return node;
		}

	}

}
