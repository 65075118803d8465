package io.hearth.ai;

import java.util.Iterator;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A value that fits a JSON Schema, labelled as a sample: what the {@code demo} provider
 * answers (and what the fake model server of the tests writes). It knows the keywords
 * Hearth's schemas use: types, properties, items and their counts, enum, const, examples,
 * numeric bounds, maxLength and local {@code $ref}s.
 */
public final class SchemaSamples {

	public static final String LABEL = "[Demo sample — not written by a model] ";

	private final JsonMapper json;

	public SchemaSamples(JsonMapper json) {
		this.json = json;
	}

	/** A sample of {@code schema} whose texts mention {@code subject}. */
	public JsonNode sample(JsonNode schema, String subject) {
		return sample(schema, schema, "reply", subject, 0);
	}

	private JsonNode sample(JsonNode root, JsonNode schema, String name, String subject, int depth) {
		JsonNode resolved = resolve(root, schema);
		if (resolved.has("examples") && resolved.get("examples").isArray() && !resolved.get("examples").isEmpty()) {
			return resolved.get("examples").get(0);
		}
		if (resolved.has("enum")) {
			return resolved.get("enum").get(0);
		}
		if (resolved.has("const")) {
			return resolved.get("const");
		}
		String type = resolved.path("type").asString("object");
		return switch (type) {
			case "object" -> object(root, resolved, subject, depth);
			case "array" -> array(root, resolved, name, subject, depth);
			case "integer" -> this.json.getNodeFactory().numberNode((long) number(resolved));
			case "number" -> this.json.getNodeFactory().numberNode(number(resolved));
			case "boolean" -> this.json.getNodeFactory().booleanNode(true);
			default -> this.json.getNodeFactory().stringNode(string(resolved, name, subject));
		};
	}

	private ObjectNode object(JsonNode root, JsonNode schema, String subject, int depth) {
		ObjectNode object = this.json.createObjectNode();
		JsonNode properties = schema.path("properties");
		for (Iterator<Map.Entry<String, JsonNode>> fields = properties.properties().iterator(); fields.hasNext();) {
			Map.Entry<String, JsonNode> field = fields.next();
			if (depth < 6) {
				object.set(field.getKey(), sample(root, field.getValue(), field.getKey(), subject, depth + 1));
			}
		}
		return object;
	}

	private ArrayNode array(JsonNode root, JsonNode schema, String name, String subject, int depth) {
		ArrayNode array = this.json.createArrayNode();
		int count = Math.max(2, schema.path("minItems").asInt(0));
		if (schema.has("maxItems")) {
			count = Math.min(count, schema.get("maxItems").asInt());
		}
		for (int i = 0; i < count; i++) {
			array.add(sample(root, schema.path("items"), name, subject, depth + 1));
		}
		return array;
	}

	private static double number(JsonNode schema) {
		double minimum = schema.path("minimum").asDouble(0);
		double range = schema.path("maximum").asDouble(minimum + 100) - minimum;
		// a plausible-looking figure: the middle of a small range, a modest one of a
		// large
		return Math.floor(minimum + ((range <= 100) ? range / 2 : (range <= 240) ? 6 : 1000));
	}

	private static String string(JsonNode schema, String name, String subject) {
		String text = LABEL + name.replace('_', ' ') + " for \u201c" + subject + "\u201d";
		int max = schema.path("maxLength").asInt(Integer.MAX_VALUE);
		return (text.length() > max) ? text.substring(0, max) : text;
	}

	private static JsonNode resolve(JsonNode root, JsonNode schema) {
		String ref = schema.path("$ref").asString("");
		if (ref.startsWith("#/")) {
			return root.at(ref.substring(1));
		}
		return schema;
	}

}
