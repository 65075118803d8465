package io.hearth.platform;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * JSON Merge Patch (RFC 7386): members of the patch replace the target's, {@code null}
 * removes one, objects merge recursively, anything else (arrays included) replaces whole.
 * The target is not changed; the result is to be validated as a whole.
 */
public final class MergePatch {

	private MergePatch() {
	}

	public static JsonNode apply(JsonNode target, JsonNode patch) {
		if (!patch.isObject()) {
			return patch.deepCopy();
		}
		ObjectNode result = target.isObject() ? ((ObjectNode) target).deepCopy() : ((ObjectNode) patch).objectNode();
		for (String name : patch.propertyNames()) {
			JsonNode value = patch.get(name);
			if (value.isNull()) {
				result.remove(name);
			}
			else {
				result.set(name, apply(result.path(name), value));
			}
		}
		return result;
	}

}
