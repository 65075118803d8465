package io.hearth.platform;

import java.util.List;
import java.util.Map;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;

/**
 * Every string of a typed request body goes through {@link Texts}: a NUL or an unpaired
 * surrogate is a 422 naming the field, before any database sees it.
 */
final class CheckedStringDeserializer extends StringDeserializer {

	@Override
	public String deserialize(JsonParser parser, DeserializationContext context) {
		String value = super.deserialize(parser, context);
		String problem = (value != null) ? Texts.problem(value) : null;
		if (problem != null) {
			String field = parser.currentName();
			throw ApiException.invalid(Map.of((field != null && Texts.isClean(field)) ? field : "_", List.of(problem)));
		}
		return value;
	}

}
