package io.hearth.planning;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.hearth.ai.AiMessage;
import io.hearth.ai.AiRequest;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The versioned prompts and schemas under {@code resources/planning/}, and the requests
 * made from them. What the user wrote goes in only as JSON data between tags, with every
 * {@code <} escaped so that no text of theirs can close the tag and speak as the prompt.
 */
@Component
class TabPrompts {

	private final JsonMapper json;

	private final String system;

	private final String regenerate;

	private final String chat;

	private final Map<Tab, String> instructions = new EnumMap<>(Tab.class);

	private final Map<Tab, JsonNode> schemas = new EnumMap<>(Tab.class);

	TabPrompts(JsonMapper json) {
		this.json = json;
		this.system = read("planning/prompts/system.v" + Tab.SCHEMA_VERSION + ".txt");
		this.regenerate = read("planning/prompts/regenerate.v" + Tab.SCHEMA_VERSION + ".txt");
		this.chat = read("planning/prompts/chat.v" + Tab.SCHEMA_VERSION + ".txt");
		for (Tab tab : Tab.values()) {
			this.instructions.put(tab, read("planning/prompts/" + tab.value() + ".v" + Tab.SCHEMA_VERSION + ".txt"));
			this.schemas.put(tab,
					json.readTree(read("planning/schemas/" + tab.value() + ".v" + Tab.SCHEMA_VERSION + ".json")));
		}
	}

	JsonNode schema(Tab tab) {
		return this.schemas.get(tab);
	}

	/**
	 * The request for one tab of {@code analysis}, with the user's feedback on a
	 * regeneration.
	 */
	AiRequest forTab(Analysis analysis, Tab tab, @Nullable String feedback) {
		String prompt = this.system.replace("{tab}", tab.value())
			.replace("{language}", analysis.language())
			.replace("{schema}", this.json.writeValueAsString(schema(tab)))
			.replace("{instructions}", this.instructions.get(tab).strip());
		if (feedback != null && !feedback.isBlank()) {
			prompt = prompt + "\n\n" + this.regenerate.strip();
		}
		StringBuilder user = new StringBuilder("<analysis_input>\n").append(data(input(analysis)))
			.append("\n</analysis_input>");
		if (feedback != null && !feedback.isBlank()) {
			user.append("\n<feedback>\n")
				.append(data(this.json.getNodeFactory().stringNode(feedback)))
				.append("\n</feedback>");
		}
		return new AiRequest("planning." + tab.value(), prompt, List.of(AiMessage.user(user.toString())), schema(tab),
				0);
	}

	/** The chat's instructions, with the analysis as data. */
	String chatSystem(Analysis analysis, JsonNode tabs) {
		ObjectNode context = input(analysis);
		context.set("tabs", tabs);
		return this.chat.replace("{language}", analysis.language()).strip() + "\n<analysis>\n" + data(context)
				+ "\n</analysis>";
	}

	ObjectNode input(Analysis analysis) {
		ObjectNode input = this.json.createObjectNode();
		input.put("idea", analysis.idea());
		input.put("industry", analysis.industry());
		input.put("target_market", analysis.targetMarket());
		input.put("country", analysis.country());
		if (analysis.city() != null) {
			input.put("city", analysis.city());
		}
		if (analysis.budgetCurrency() != null) {
			ObjectNode budget = input.putObject("budget");
			budget.put("min", analysis.budgetMin());
			budget.put("max", analysis.budgetMax());
			budget.put("currency", analysis.budgetCurrency());
		}
		input.put("language", analysis.language());
		return input;
	}

	/** JSON with {@code <} escaped: still the same JSON, but it cannot close a tag. */
	String data(JsonNode node) {
		return this.json.writeValueAsString(node).replace("<", "\\u003c");
	}

	private static String read(String path) {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Missing planning resource " + path, ex);
		}
	}

}
