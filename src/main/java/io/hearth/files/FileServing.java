package io.hearth.files;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.UUID;

import io.hearth.identity.Caller;
import io.hearth.platform.ApiException;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may download a variant: anyone holding a valid signed URL, else the owner (or an
 * admin) with a bearer token; anyone else is told the file does not exist.
 */
@Service
class FileServing {

	private final StoredFiles files;

	private final FileVariants variants;

	private final ByteStore store;

	private final FileUrls urls;

	private final Clock clock;

	FileServing(StoredFiles files, FileVariants variants, ByteStore store, FileUrls urls, Clock clock) {
		this.files = files;
		this.variants = variants;
		this.store = store;
		this.urls = urls;
		this.clock = clock;
	}

	/**
	 * @param caller the authenticated caller, if any (only asked for without a signature)
	 * @throws ApiException 404 for an unknown file or variant or another user's file, 403
	 * for a bad or expired signature, 401 without either, 409 {@code FILE_PROCESSING}
	 * while the variant is being made
	 */
	@Transactional(readOnly = true)
	Download prepare(UUID id, String variant, @Nullable String expires, @Nullable String signature,
			@Nullable Caller caller) {
		if (!FileManagement.VARIANTS.contains(variant)) {
			throw ApiException.notFound("File variant");
		}
		boolean signed = expires != null || signature != null;
		StoredFile file = this.files.findById(id).orElseThrow(() -> ApiException.notFound("File"));
		if (signed) {
			if (!this.urls.verify(id, variant, expires, signature, this.clock.instant())) {
				throw ApiException
					.forbidden("The file link is invalid or has expired; fetch the resource again for a fresh one");
			}
		}
		else if (caller == null) {
			throw new ApiException(HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED", "Authentication is required");
		}
		else if (!caller.id().equals(file.ownerId()) && !caller.isAdmin()) {
			throw ApiException.notFound("File");
		}
		FileVariant stored = this.variants.findById(new FileVariant.Key(id, variant))
			.orElseThrow(() -> new StillProcessing());
		return new Download(id, variant, stored.contentType(), stored.size(), "\"" + stored.sha256() + "\"", signed);
	}

	InputStream open(Download download) throws IOException {
		return this.store.open(download.fileId(), download.variant());
	}

	/**
	 * A variant ready to send; its content never changes, so the ETag is its SHA-256.
	 *
	 * @param signed fetched through a signed URL (cached for less time)
	 */
	record Download(UUID fileId, String variant, String contentType, long size, String etag, boolean signed) {
	}

	/** The variants are still being made: the client should retry shortly. */
	static final class StillProcessing extends ApiException {

		StillProcessing() {
			super(HttpStatus.CONFLICT, "FILE_PROCESSING", "The file is still being processed; retry shortly");
		}

	}

}
