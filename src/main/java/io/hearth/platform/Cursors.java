package io.hearth.platform;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Opaque keyset cursors: the key values of the last row of a page, as base64url JSON.
 * Clients must not build them; a cursor that does not decode is a 422 on the
 * {@code cursor} parameter.
 */
public final class Cursors {

	private static final JsonMapper JSON = JsonMapper.shared();

	private Cursors() {
	}

	public static String encode(List<String> keys) {
		byte[] json = JSON.writeValueAsBytes(keys);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(json);
	}

	/**
	 * Decodes a cursor made by {@link #encode}.
	 * @param cursor the client's cursor
	 * @param expectedKeys how many key values the listing's cursors carry
	 * @return the key values
	 * @throws ApiException 422 when the cursor is not one this listing made
	 */
	public static List<String> decode(String cursor, int expectedKeys) {
		try {
			JsonNode node = JSON.readTree(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8));
			if (!node.isArray() || node.size() != expectedKeys) {
				throw invalid();
			}
			List<String> keys = new ArrayList<>(expectedKeys);
			for (JsonNode key : node) {
				if (!key.isString()) {
					throw invalid();
				}
				keys.add(key.asString());
			}
			return keys;
		}
		catch (IllegalArgumentException | JacksonException ex) {
			throw invalid();
		}
	}

	private static ApiException invalid() {
		return ApiException.invalid("cursor", "is not a cursor this listing returned");
	}

}
