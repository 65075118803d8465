package io.hearth.ai;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;

/**
 * The AI port. {@link #json} asks for a reply that must fit a JSON Schema: a reply that
 * does not is shown its errors once and asked again, and fails with
 * {@link AiException.Kind#INVALID} if the second does not fit either. Every attempt is
 * recorded in {@link AiUsage}.
 */
@Service
public class AiModel {

	private static final int MAX_ERRORS_SHOWN = 20;

	private final ModelClient client;

	private final AiUsage usage;

	private final JsonMapper json;

	private final AiProperties properties;

	private final SchemaRegistry schemas = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

	private final Map<JsonNode, Schema> compiled = new ConcurrentHashMap<>();

	AiModel(ModelClient client, AiUsage usage, JsonMapper json, AiProperties properties) {
		this.client = client;
		this.usage = usage;
		this.json = json;
		this.properties = properties;
	}

	/** False when the provider is {@code none}: AI features answer 503. */
	public boolean available() {
		return !this.client.provider().equals(AiProperties.NONE);
	}

	/** The provider's name ({@code anthropic}, {@code demo}, {@code none}). */
	public String provider() {
		return this.client.provider();
	}

	/**
	 * A reply that fits {@code request.schema()}.
	 * @param sink receives the text as it is written (both attempts'); null for none
	 */
	public AiReply json(AiRequest request, @Nullable TextSink sink) {
		if (request.schema() == null) {
			throw new IllegalArgumentException("json() needs a schema; use text()");
		}
		Schema schema = this.compiled.computeIfAbsent(request.schema(), this.schemas::getSchema);
		long started = System.nanoTime();
		ModelClient.Completion first = attempt(request, sink);
		List<String> errors = check(schema, first.text());
		if (errors.isEmpty()) {
			return reply(first, parse(first.text()), first, started);
		}
		AiRequest corrected = request.withCorrection(first.text(),
				"Your reply did not fit the required JSON Schema. The errors were:\n- " + String.join("\n- ", errors)
						+ "\nReply again with only the corrected JSON object, nothing before or after it.");
		ModelClient.Completion second = attempt(corrected, sink);
		List<String> again = check(schema, second.text());
		if (!again.isEmpty()) {
			this.usage.record(request.purpose(), provider(), second.model(), 0, 0, Duration.ZERO, "invalid");
			throw new AiException(AiException.Kind.INVALID,
					"The model's reply did not fit the schema twice: " + String.join("; ", again));
		}
		return reply(second, parse(second.text()), first, started);
	}

	/** A text reply (the assistant's turn of a chat). */
	public AiReply text(AiRequest request, @Nullable TextSink sink) {
		long started = System.nanoTime();
		ModelClient.Completion completion = attempt(request, sink);
		return reply(completion, null, completion, started);
	}

	/** What {@code /api/v1/health/full} shows about the provider. */
	public Health health() {
		AiUsage.Last last = this.usage.last();
		String status = !available() ? "off" : (last == null || last.outcome().equals("ok")
				|| last.outcome().equals("invalid") || last.outcome().equals("refused")) ? "ok" : "degraded";
		return new Health(status, provider(),
				provider().equals(AiProperties.ANTHROPIC) ? this.properties.model() : provider(),
				(last != null) ? last.at() : null, (last != null) ? last.outcome() : null);
	}

	private ModelClient.Completion attempt(AiRequest request, @Nullable TextSink sink) {
		if (!available()) {
			throw new AiException(AiException.Kind.UNAVAILABLE, "No AI provider is configured");
		}
		long started = System.nanoTime();
		try {
			ModelClient.Completion completion = this.client.complete(request, sink);
			String outcome = completion.refused() ? "refused" : "ok";
			this.usage.record(request.purpose(), provider(), completion.model(), completion.inputTokens(),
					completion.outputTokens(), Duration.ofNanos(System.nanoTime() - started), outcome);
			if (completion.refused()) {
				throw new AiException(AiException.Kind.REFUSED, "The model declined to answer");
			}
			return completion;
		}
		catch (AiException ex) {
			if (ex.kind() != AiException.Kind.REFUSED) {
				this.usage.record(request.purpose(), provider(), this.properties.model(), 0, 0,
						Duration.ofNanos(System.nanoTime() - started),
						ex.kind().name().toLowerCase(java.util.Locale.ROOT));
			}
			throw ex;
		}
	}

	private List<String> check(Schema schema, String text) {
		JsonNode reply;
		try {
			reply = parse(text);
		}
		catch (JacksonException ex) {
			return List.of("the reply is not a JSON object: " + ex.getOriginalMessage());
		}
		if (!reply.isObject()) {
			return List.of("the reply is not a JSON object");
		}
		return schema.validate(reply)
			.stream()
			.limit(MAX_ERRORS_SHOWN)
			.map(Error::toString)
			.collect(Collectors.toList());
	}

	/**
	 * The reply's JSON, bare or inside a Markdown code fence, as models often write it.
	 */
	JsonNode parse(String text) {
		String body = text.strip();
		if (body.startsWith("```")) {
			int open = body.indexOf('\n');
			int close = body.lastIndexOf("```");
			body = (open > 0 && close > open) ? body.substring(open + 1, close) : body;
		}
		else if (!body.startsWith("{")) {
			int open = body.indexOf('{');
			int close = body.lastIndexOf('}');
			body = (open >= 0 && close > open) ? body.substring(open, close + 1) : body;
		}
		return this.json.readTree(body);
	}

	private static AiReply reply(ModelClient.Completion last, @Nullable JsonNode json, ModelClient.Completion first,
			long started) {
		long in = last.inputTokens() + ((first != last) ? first.inputTokens() : 0);
		long out = last.outputTokens() + ((first != last) ? first.outputTokens() : 0);
		return new AiReply(last.text(), json, last.model(), in, out, Duration.ofNanos(System.nanoTime() - started));
	}

	/**
	 * The provider's state: {@code ok}, {@code degraded} (the last call on this instance
	 * failed on the provider's side) or {@code off} ({@code none}).
	 */
	public record Health(String status, String provider, String model, java.time.@Nullable Instant lastCallAt,
			@Nullable String lastOutcome) {
	}

}
