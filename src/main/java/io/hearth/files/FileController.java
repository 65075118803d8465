package io.hearth.files;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import io.hearth.identity.CurrentUser;
import io.hearth.identity.Role;
import io.hearth.platform.ApiException;
import io.hearth.platform.HttpRules;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves variants to their owner (bearer token) or to anyone holding a valid signed URL.
 * Content is immutable per id and variant: a strong ETag is its SHA-256.
 */
@RestController
@Tag(name = "Files")
class FileController {

	private final StoredFiles files;

	private final FileVariants variants;

	private final ByteStore store;

	private final FileUrls urls;

	private final Clock clock;

	FileController(StoredFiles files, FileVariants variants, ByteStore store, FileUrls urls, Clock clock) {
		this.files = files;
		this.variants = variants;
		this.store = store;
		this.urls = urls;
		this.clock = clock;
	}

	@GetMapping("/api/v1/files/{id}/{variant}")
	@Operation(summary = "A file variant (original, medium, thumbnail)",
			description = "Send a bearer token as the owner, or use the signed URL from the owning resource (expires, signature).")
	void serve(@PathVariable UUID id, @PathVariable String variant,
			@RequestParam(required = false) @Nullable String expires,
			@RequestParam(required = false) @Nullable String signature,
			@RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) @Nullable String ifNoneMatch,
			HttpServletResponse response) throws IOException {
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
		else {
			var caller = CurrentUser.id();
			if (caller.isEmpty()) {
				throw new ApiException(HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED", "Authentication is required");
			}
			if (!caller.get().equals(file.ownerId()) && !CurrentUser.has(Role.ADMIN)) {
				throw ApiException.notFound("File");
			}
		}
		FileVariant stored = this.variants.findById(new FileVariant.Key(id, variant)).orElse(null);
		if (stored == null) {
			response.setHeader(HttpHeaders.RETRY_AFTER, "2");
			throw ApiException.conflict("FILE_PROCESSING", "The file is still being processed; retry shortly");
		}
		String etag = "\"" + stored.sha256() + "\"";
		response.setHeader(HttpHeaders.ETAG, etag);
		response.setHeader(HttpHeaders.CACHE_CONTROL,
				CacheControl.maxAge(Duration.ofHours(signed ? 1 : 24)).cachePrivate().getHeaderValue() + ", immutable");
		if (etag.equals(ifNoneMatch)) {
			response.setStatus(HttpStatus.NOT_MODIFIED.value());
			return;
		}
		response.setContentType(stored.contentType());
		response.setContentLengthLong(stored.size());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "inline");
		try (InputStream in = this.store.open(id, variant)) {
			in.transferTo(response.getOutputStream());
		}
	}

	/** Signed links work without a token; the controller checks one or the other. */
	@Component
	static class Rules implements HttpRules {

		@Override
		public void authorize(
				org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer<org.springframework.security.config.annotation.web.builders.HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
			requests.requestMatchers(HttpMethod.GET, "/api/v1/files/*/*").permitAll();
		}

	}

}
