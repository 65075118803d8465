package io.hearth.ai;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The offline provider: answers every request at once with clearly labelled sample
 * content made from the request's schema and the user's text, so that a new install can
 * try every AI feature without a key. Never a model: prod refuses it.
 */
class DemoModelClient implements ModelClient {

	static final String MODEL = "demo";

	private final JsonMapper json;

	private final SchemaSamples samples;

	DemoModelClient(JsonMapper json) {
		this.json = json;
		this.samples = new SchemaSamples(json);
	}

	@Override
	public String provider() {
		return AiProperties.DEMO;
	}

	@Override
	public Completion complete(AiRequest request, @Nullable TextSink sink) {
		String subject = subject(request.messages().getLast().text());
		String text = (request.schema() != null)
				? this.json.writeValueAsString(this.samples.sample(request.schema(), subject)) : SchemaSamples.LABEL
						+ "A demo assistant answers here once a model is configured. You asked about: " + subject;
		if (sink != null) {
			// in pieces, as a model streams
			for (int start = 0; start < text.length(); start += 64) {
				sink.accept(text.substring(start, Math.min(text.length(), start + 64)));
			}
		}
		return new Completion(text, MODEL, text.length() / 4, text.length() / 4, false);
	}

	/**
	 * The first words of what the user wrote: the {@code idea} of JSON data when the text
	 * holds some, else the text without its delimiting tags.
	 */
	private String subject(String text) {
		String plain = text.replaceAll("<[^>]{1,40}>", " ").replaceAll("\\s+", " ").strip();
		int open = text.indexOf('{');
		int close = text.lastIndexOf('}');
		if (open >= 0 && close > open) {
			try {
				String idea = this.json.readTree(text.substring(open, close + 1)).path("idea").asString("");
				plain = idea.isBlank() ? plain : idea.strip();
			}
			catch (JacksonException ex) {
				// not JSON after all: the plain text it is
			}
		}
		return (plain.length() > 80) ? plain.substring(0, 80) + "…" : plain;
	}

}
