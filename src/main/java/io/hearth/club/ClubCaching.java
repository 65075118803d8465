package io.hearth.club;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.WebRequest;

/**
 * The headers of the club's public answers ({@link ClubAnswers}): their {@code ETag} is a
 * digest of what they say in that language, and Spring answers {@code 304} to an
 * {@code If-None-Match} that names it. Anyone may cache an anonymous read for a minute.
 */
final class ClubCaching {

	private ClubCaching() {
	}

	static String etag(String language, String content) {
		return "\"" + digest(language + "|" + content) + "\"";
	}

	static ResponseEntity.BodyBuilder headers(WebRequest request, String language, String etag) {
		boolean anonymous = request.getHeader(HttpHeaders.AUTHORIZATION) == null;
		CacheControl cache = anonymous ? CacheControl.maxAge(Duration.ofSeconds(60)).cachePublic()
				: CacheControl.noCache().cachePrivate();
		return ResponseEntity.ok()
			.eTag(etag)
			.cacheControl(cache)
			.header(HttpHeaders.CONTENT_LANGUAGE, language)
			.header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
	}

	private static String digest(String content) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash, 0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

}
