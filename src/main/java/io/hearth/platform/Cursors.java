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
			if (node == null || !node.isArray() || node.size() != expectedKeys) {
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

	/**
	 * 422 {@code INVALID_CURSOR}: the cursor was forged, truncated or made by another
	 * list.
	 */
	public static ApiException invalid() {
		return new ApiException(org.springframework.http.HttpStatus.UNPROCESSABLE_CONTENT, ErrorCodes.INVALID_CURSOR,
				"The cursor is not one this list returned; start again without it",
				java.util.Map.of("cursor", List.of("is not a cursor this listing returned")));
	}

	/**
	 * The (created_at, id) keyset of a newest-first list, checked: a cursor whose values
	 * do not parse or lie outside the years data can have is refused.
	 */
	public static Keyset keyset(String cursor) {
		List<String> key = decode(cursor, 2);
		try {
			Keyset keyset = new Keyset(java.time.Instant.parse(key.get(0)), java.util.UUID.fromString(key.get(1)));
			if (!InputBounds.fits(keyset.at())) {
				throw invalid();
			}
			return keyset;
		}
		catch (java.time.DateTimeException | IllegalArgumentException ex) {
			throw invalid();
		}
	}

	/** The position after which a newest-first page starts. */
	public record Keyset(java.time.Instant at, java.util.UUID id) {
	}

}
