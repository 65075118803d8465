package io.hearth.files;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;

/** Short-lived URLs that let an {@code <img>} tag fetch a file without a bearer token. */
final class FileUrls {

	private final byte[] key;

	private final Duration ttl;

	FileUrls(byte[] key, Duration ttl) {
		this.key = key;
		this.ttl = ttl;
	}

	/**
	 * A URL valid until {@code now + ttl}, rounded up to the minute so that pages cache
	 * well.
	 */
	String sign(UUID fileId, String variant, Instant now) {
		long expires = (now.plus(this.ttl).getEpochSecond() / 60 + 1) * 60;
		return "/api/v1/files/" + fileId + "/" + variant + "?expires=" + expires + "&signature="
				+ signature(fileId, variant, expires);
	}

	boolean verify(UUID fileId, String variant, @Nullable String expires, @Nullable String signature, Instant now) {
		if (expires == null || signature == null) {
			return false;
		}
		long until;
		try {
			until = Long.parseLong(expires);
		}
		catch (NumberFormatException ex) {
			return false;
		}
		if (now.getEpochSecond() > until) {
			return false;
		}
		byte[] expected = signature(fileId, variant, until).getBytes(StandardCharsets.US_ASCII);
		return MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII));
	}

	private String signature(UUID fileId, String variant, long expires) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.key, "HmacSHA256"));
			byte[] digest = mac.doFinal((fileId + "/" + variant + "/" + expires).getBytes(StandardCharsets.UTF_8));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
