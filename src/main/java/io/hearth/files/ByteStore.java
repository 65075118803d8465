package io.hearth.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

/**
 * Where file bytes live. Keys are made here from ids, never from client input. The local
 * implementation writes under {@code <data dir>/files}; an S3-compatible one can replace
 * it.
 */
interface ByteStore {

	void put(UUID fileId, String variant, InputStream content) throws IOException;

	InputStream open(UUID fileId, String variant) throws IOException;

	void deleteAll(UUID fileId) throws IOException;

	final class Local implements ByteStore {

		private final Path root;

		Local(Path root) {
			this.root = root;
		}

		@Override
		public void put(UUID fileId, String variant, InputStream content) throws IOException {
			Path target = path(fileId, variant);
			Files.createDirectories(target.getParent());
			Path partial = target.resolveSibling(variant + ".part");
			Files.copy(content, partial, StandardCopyOption.REPLACE_EXISTING);
			// readers never see a half-written file
			Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}

		@Override
		public InputStream open(UUID fileId, String variant) throws IOException {
			return Files.newInputStream(path(fileId, variant));
		}

		@Override
		public void deleteAll(UUID fileId) throws IOException {
			Path dir = directory(fileId);
			if (!Files.exists(dir)) {
				return;
			}
			try (var entries = Files.list(dir)) {
				for (Path entry : entries.toList()) {
					Files.deleteIfExists(entry);
				}
			}
			try {
				Files.deleteIfExists(dir);
			}
			catch (NoSuchFileException ex) {
				// deleted concurrently: the outcome is the same
			}
		}

		boolean exists(UUID fileId, String variant) {
			return Files.exists(path(fileId, variant));
		}

		private Path directory(UUID fileId) {
			String id = fileId.toString();
			return this.root.resolve(id.substring(id.length() - 2)).resolve(id);
		}

		private Path path(UUID fileId, String variant) {
			if (!variant.matches("[a-z]{1,20}")) {
				throw new IllegalArgumentException("bad variant name");
			}
			return directory(fileId).resolve(variant);
		}

	}

}
