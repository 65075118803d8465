package io.hearth.collections;

import java.io.IOException;
import java.io.InputStream;

import io.hearth.platform.ApiException;
import io.hearth.platform.ErrorCodes;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;

/**
 * Reads a collection export as a stream: one record at a time, so memory stays flat
 * whatever its size. Malformed documents are a 400 that says where, never what Jackson
 * thought (its messages name Java types).
 */
final class CollectionFileReader {

	private final JsonMapper json;

	CollectionFileReader(JsonMapper json) {
		this.json = json;
	}

	/**
	 * Copies the upload to the spool file, refusing it with 413 past {@code maxBytes}.
	 */
	static void spool(InputStream in, java.nio.file.Path spool, long maxBytes) throws IOException {
		try (var out = java.nio.file.Files.newOutputStream(spool)) {
			byte[] buffer = new byte[64 * 1024];
			long total = 0;
			int n;
			while ((n = in.read(buffer)) > 0) {
				total += n;
				if (total > maxBytes) {
					throw new ApiException(org.springframework.http.HttpStatus.CONTENT_TOO_LARGE,
							ErrorCodes.PAYLOAD_TOO_LARGE, "An import is at most " + maxBytes + " bytes");
				}
				out.write(buffer, 0, n);
			}
		}
	}

	void read(java.nio.file.Path file, java.util.function.Consumer<CollectionFile.CategoryRecord> onCategory,
			java.util.function.Consumer<CollectionFile.ItemRecord> onItem) throws IOException {
		try (InputStream in = java.nio.file.Files.newInputStream(file);
				JsonParser parser = this.json.createParser(in)) {
			if (parser.nextToken() != JsonToken.START_OBJECT) {
				throw malformed("the import must be a JSON object with categories and items");
			}
			while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
				String name = parser.currentName();
				parser.nextToken();
				switch (name) {
					case "categories" -> {
						expectArray(parser, name);
						while (parser.nextToken() != JsonToken.END_ARRAY) {
							if (parser.currentToken() != JsonToken.START_OBJECT) {
								throw malformed("every entry of categories must be an object");
							}
							onCategory.accept(parser.readValueAs(CollectionFile.CategoryRecord.class));
						}
					}
					case "items" -> {
						expectArray(parser, name);
						while (parser.nextToken() != JsonToken.END_ARRAY) {
							if (parser.currentToken() != JsonToken.START_OBJECT) {
								throw malformed("every entry of items must be an object");
							}
							onItem.accept(parser.readValueAs(CollectionFile.ItemRecord.class));
						}
					}
					default -> parser.skipChildren();
				}
			}
		}
		catch (JacksonException ex) {
			// Jackson's own message names Java types: say where, not what the parser
			// thought
			var at = ex.getLocation();
			throw malformed("the import is not a Hearth collection export"
					+ ((at != null) ? " (near line " + at.getLineNr() + ", column " + at.getColumnNr() + ")" : ""));
		}
	}

	private static void expectArray(JsonParser parser, String name) {
		if (parser.currentToken() != JsonToken.START_ARRAY) {
			throw malformed(name + " must be a list");
		}
	}

	private static ApiException malformed(String detail) {
		return new ApiException(HttpStatus.BAD_REQUEST, ErrorCodes.MALFORMED_REQUEST, detail);
	}

}
