package io.hearth.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HS256 signing key: {@code HEARTH_JWT_SECRET} when set; otherwise, outside prod, a
 * random secret generated once and kept under the data dir so a restart keeps sessions
 * valid. (prod never gets here without a secret: {@link ProductionGuard} refuses to
 * start.)
 */
final class JwtKeys {

	private static final Logger log = LoggerFactory.getLogger(JwtKeys.class);

	private JwtKeys() {
	}

	static SecretKey hmacKey(HearthProperties properties) {
		String secret = properties.jwt().secret();
		if (secret == null || secret.isBlank()) {
			secret = generatedSecret(properties.dataDir().resolve("secrets").resolve("jwt-hs256.key"));
		}
		byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
		if (bytes.length < ProductionGuard.MIN_SECRET_BYTES) {
			throw new IllegalStateException(
					"HEARTH_JWT_SECRET must be at least " + ProductionGuard.MIN_SECRET_BYTES + " bytes");
		}
		return new SecretKeySpec(bytes, "HmacSHA256");
	}

	private static String generatedSecret(Path file) {
		try {
			if (Files.exists(file)) {
				return Files.readString(file, StandardCharsets.UTF_8).strip();
			}
			Files.createDirectories(file.getParent());
			byte[] random = new byte[48];
			new SecureRandom().nextBytes(random);
			String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
			Files.writeString(file, secret, StandardCharsets.UTF_8);
			if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
				Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
			}
			log.info("Generated a JWT signing secret at {} (set HEARTH_JWT_SECRET to use your own)", file);
			return secret;
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read or create the JWT secret file " + file
					+ "; set HEARTH_JWT_SECRET or make HEARTH_DATA_DIR writable", ex);
		}
	}

}
