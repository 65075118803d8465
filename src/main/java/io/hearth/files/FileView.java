package io.hearth.files;

import java.util.Map;
import java.util.UUID;

/**
 * A stored image as other modules show it.
 *
 * @param status {@code processing} until the variants exist, then {@code ready}
 * ({@code failed} if the image could not be decoded)
 * @param urls signed, short-lived URLs of {@code original}, {@code medium} and
 * {@code thumbnail}
 */
public record FileView(UUID id, String contentType, int width, int height, long size, String status,
		Map<String, String> urls) {

}
