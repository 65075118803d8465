package io.hearth.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * A random key kept under the data dir, for signatures that must survive a restart when
 * no key is configured (outside prod, where the configured JWT secret is required and the
 * keys derive from it).
 */
public final class SecretFiles {

	private SecretFiles() {
	}

	/** The key in {@code file}, made (256 random bits, owner-only) on first use. */
	public static String readOrCreate(Path file) {
		try {
			if (Files.exists(file)) {
				return Files.readString(file).strip();
			}
			Files.createDirectories(file.getParent());
			byte[] random = new byte[32];
			new SecureRandom().nextBytes(random);
			String secret = HexFormat.of().formatHex(random);
			Files.writeString(file, secret);
			if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
				Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
			}
			return secret;
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read or create " + file + "; make HEARTH_DATA_DIR writable", ex);
		}
	}

}
