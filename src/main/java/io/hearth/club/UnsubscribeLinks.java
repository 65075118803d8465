package io.hearth.club;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.hearth.platform.HearthProperties;
import io.hearth.platform.SecretFiles;

import org.springframework.stereotype.Component;

/**
 * One-click unsubscribe links (RFC 8058): a member and a kind of mail, signed, so the
 * link works signed out and cannot be turned into someone else's.
 */
@Component
class UnsubscribeLinks {

	private final byte[] key;

	private final String base;

	UnsubscribeLinks(ClubProperties club, HearthProperties hearth) {
		String secret = club.linkSecret();
		// the prefix keeps this key apart from the JWT secret it defaults to
		secret = (secret != null && !secret.isBlank()) ? "club-links:" + secret
				: SecretFiles.readOrCreate(hearth.dataDir().resolve("secrets").resolve("club-links.key"));
		this.key = secret.getBytes(StandardCharsets.UTF_8);
		this.base = club.publicUrl() + "/api/v1/club/unsubscribe";
	}

	String url(UUID member, ClubNotification.Kind kind) {
		return this.base + "?member=" + member + "&kind=" + kind.value() + "&sig=" + signature(member, kind);
	}

	boolean valid(UUID member, ClubNotification.Kind kind, String signature) {
		return MessageDigest.isEqual(signature(member, kind).getBytes(StandardCharsets.US_ASCII),
				signature.getBytes(StandardCharsets.US_ASCII));
	}

	private String signature(UUID member, ClubNotification.Kind kind) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.key, "HmacSHA256"));
			byte[] digest = mac.doFinal((member + ":" + kind.value()).getBytes(StandardCharsets.UTF_8));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(digest, 18));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
