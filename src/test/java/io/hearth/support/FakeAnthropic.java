package io.hearth.support;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.hearth.ai.SchemaSamples;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A fake of Anthropic's Messages API on loopback, so that the real SDK client runs in the
 * tests: {@code POST /v1/messages} answered as JSON or, when the request says
 * {@code stream: true}, as the API's Server-Sent Events. Unless told otherwise it writes
 * a reply that fits the JSON Schema quoted in the system prompt (the model obeying), or a
 * line of text. Scripted answers are used first, one per request: an error status with
 * headers ({@code retry-after}), a given reply text, a refusal, an answer that stalls.
 */
public final class FakeAnthropic implements AutoCloseable {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String SCHEMA_START = "with no properties it does not name:\n";

	private static final String SCHEMA_END = "\n\nThe section to write:";

	private final HttpServer server;

	private final ConcurrentLinkedDeque<Answer> script = new ConcurrentLinkedDeque<>();

	private final List<Request> requests = new CopyOnWriteArrayList<>();

	private final AtomicInteger ids = new AtomicInteger();

	/**
	 * What stalled answers wait for: released by {@link #reset()} and {@link #close()}.
	 */
	private volatile CountDownLatch stall = new CountDownLatch(1);

	private volatile CountDownLatch gate = new CountDownLatch(0);

	private volatile Function<Request, String> writer = FakeAnthropic::obey;

	public FakeAnthropic() {
		try {
			this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 200);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		this.server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
		this.server.createContext("/v1/messages", this::handle);
		this.server.start();
	}

	/**
	 * Points the application at this server: the {@code anthropic} provider, a test key,
	 * no retries of the SDK's own (tests script each answer).
	 */
	public void provide(org.springframework.test.context.DynamicPropertyRegistry registry) {
		registry.add("hearth.ai.provider", () -> "anthropic");
		registry.add("hearth.ai.api-key", () -> "test-key-not-secret");
		registry.add("hearth.ai.base-url", this::baseUrl);
		registry.add("hearth.ai.model", () -> "claude-test");
		registry.add("hearth.ai.max-retries", () -> "0");
	}

	public String baseUrl() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	/** What was asked, in order. */
	public List<Request> requests() {
		return List.copyOf(this.requests);
	}

	/**
	 * The requests whose body mentions {@code text}: a test's own, when queued jobs of
	 * other tests' rows share the database and reach this model too.
	 */
	public List<Request> requestsAbout(String text) {
		return this.requests.stream().filter((request) -> request.body().toString().contains(text)).toList();
	}

	public FakeAnthropic then(Answer answer) {
		this.script.add(answer);
		return this;
	}

	/** Replies are written by {@code writer} instead of obeying the schema. */
	public FakeAnthropic writing(Function<Request, String> writer) {
		this.writer = writer;
		return this;
	}

	/**
	 * Requests wait (after being recorded) until {@link #release()}: a model mid-reply.
	 */
	public FakeAnthropic hold() {
		this.gate = new CountDownLatch(1);
		return this;
	}

	public void release() {
		this.gate.countDown();
	}

	public void reset() {
		this.script.clear();
		this.requests.clear();
		this.stall.countDown();
		this.stall = new CountDownLatch(1);
		this.writer = FakeAnthropic::obey;
		release();
	}

	@Override
	public void close() {
		release();
		this.stall.countDown();
		this.server.stop(0);
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
			// the SDK sends the key as x-api-key or, to this loopback address, as a
			// bearer token
			String key = exchange.getRequestHeaders().getFirst("x-api-key");
			if (key == null) {
				key = String.valueOf(exchange.getRequestHeaders().getFirst("authorization"))
					.replaceFirst("^Bearer ", "");
			}
			Request request = new Request(Instant.now(), body, key);
			this.requests.add(request);
			this.gate.await(30, TimeUnit.SECONDS);
			Answer answer = this.script.poll();
			if (answer == null) {
				answer = Answer.reply(this.writer.apply(request));
			}
			if (answer.stalled) {
				// a provider that never answers while the client waits: the client's
				// timeout decides
				this.stall.await(60, TimeUnit.SECONDS);
			}
			if (answer.status != 200) {
				for (Map.Entry<String, String> header : answer.headers.entrySet()) {
					exchange.getResponseHeaders().add(header.getKey(), header.getValue());
				}
				send(exchange, answer.status, "application/json", "{\"type\":\"error\",\"error\":{\"type\":\""
						+ answer.errorType + "\",\"message\":\"scripted failure\"}}");
				return;
			}
			String model = body.path("model").asString("claude-test");
			String stop = answer.refusal ? "refusal" : "end_turn";
			String text = answer.refusal ? "" : answer.text;
			String id = "msg_" + this.ids.incrementAndGet();
			if (body.path("stream").asBoolean(false)) {
				stream(exchange, id, model, text, stop);
			}
			else {
				ObjectNode message = JSON.createObjectNode();
				message.put("id", id).put("type", "message").put("role", "assistant").put("model", model);
				message.putArray("content").addObject().put("type", "text").put("text", text);
				message.put("stop_reason", stop).putNull("stop_sequence");
				message.putObject("usage")
					.put("input_tokens", 100)
					.put("output_tokens", Math.max(1, text.length() / 4));
				send(exchange, 200, "application/json", JSON.writeValueAsString(message));
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static void stream(HttpExchange exchange, String id, String model, String text, String stop)
			throws IOException {
		exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
		exchange.sendResponseHeaders(200, 0);
		OutputStream out = exchange.getResponseBody();
		ObjectNode start = JSON.createObjectNode().put("type", "message_start");
		ObjectNode message = start.putObject("message");
		message.put("id", id).put("type", "message").put("role", "assistant").put("model", model);
		message.putArray("content");
		message.putNull("stop_reason").putNull("stop_sequence");
		message.putObject("usage").put("input_tokens", 100).put("output_tokens", 1);
		event(out, "message_start", start);
		event(out, "content_block_start",
				JSON.createObjectNode()
					.put("type", "content_block_start")
					.put("index", 0)
					.set("content_block", JSON.createObjectNode().put("type", "text").put("text", "")));
		for (int at = 0; at < text.length(); at += 40) {
			ObjectNode delta = JSON.createObjectNode().put("type", "content_block_delta").put("index", 0);
			delta.putObject("delta")
				.put("type", "text_delta")
				.put("text", text.substring(at, Math.min(text.length(), at + 40)));
			event(out, "content_block_delta", delta);
		}
		event(out, "content_block_stop", JSON.createObjectNode().put("type", "content_block_stop").put("index", 0));
		ObjectNode end = JSON.createObjectNode().put("type", "message_delta");
		end.putObject("delta").put("stop_reason", stop).putNull("stop_sequence");
		end.putObject("usage").put("output_tokens", Math.max(1, text.length() / 4));
		event(out, "message_delta", end);
		event(out, "message_stop", JSON.createObjectNode().put("type", "message_stop"));
	}

	private static void event(OutputStream out, String name, JsonNode data) throws IOException {
		out.write(("event: " + name + "\ndata: " + JSON.writeValueAsString(data) + "\n\n")
			.getBytes(StandardCharsets.UTF_8));
		out.flush();
	}

	private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", type);
		exchange.sendResponseHeaders(status, bytes.length);
		exchange.getResponseBody().write(bytes);
	}

	/**
	 * The reply a model following the prompt would give: JSON fitting the quoted schema.
	 */
	public static String obey(Request request) {
		String system = request.system();
		int start = system.indexOf(SCHEMA_START);
		int end = system.indexOf(SCHEMA_END);
		if (start < 0 || end < start) {
			return "A reply from the fake model.";
		}
		JsonNode schema = JSON.readTree(system.substring(start + SCHEMA_START.length(), end));
		return JSON.writeValueAsString(new SchemaSamples(JSON).sample(schema, "the fake model"));
	}

	/** One request as received. */
	public record Request(Instant at, JsonNode body, String apiKey) {

		public String system() {
			JsonNode system = this.body.path("system");
			if (system.isArray()) {
				StringBuilder text = new StringBuilder();
				system.forEach((block) -> text.append(block.path("text").asString("")));
				return text.toString();
			}
			return system.asString("");
		}

		/** The text of the last user turn. */
		public String lastUserText() {
			JsonNode messages = this.body.path("messages");
			JsonNode last = messages.get(messages.size() - 1);
			JsonNode content = last.path("content");
			if (content.isArray()) {
				StringBuilder text = new StringBuilder();
				content.forEach((block) -> text.append(block.path("text").asString("")));
				return text.toString();
			}
			return content.asString("");
		}

		public boolean streamed() {
			return this.body.path("stream").asBoolean(false);
		}

	}

	/** One scripted answer. */
	public static final class Answer {

		private int status = 200;

		private String errorType = "api_error";

		private Map<String, String> headers = Map.of();

		private String text = "";

		private boolean refusal;

		private boolean stalled;

		public static Answer reply(String text) {
			Answer answer = new Answer();
			answer.text = text;
			return answer;
		}

		public static Answer refusal() {
			Answer answer = new Answer();
			answer.refusal = true;
			return answer;
		}

		public static Answer error(int status, String type, Map<String, String> headers) {
			Answer answer = new Answer();
			answer.status = status;
			answer.errorType = type;
			answer.headers = headers;
			return answer;
		}

		/**
		 * This answer only once the test is over: a provider too slow for any timeout.
		 */
		public Answer stalled() {
			this.stalled = true;
			return this;
		}

	}

}
