package io.hearth.files;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.UUID;

import io.hearth.identity.Caller;
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
 * Maps file downloads to HTTP: who may have one is {@link FileServing}'s decision; here
 * are the caching headers (content is immutable per id and variant), 304 and streaming.
 */
@RestController
@Tag(name = "Files")
class FileController {

	private final FileServing serving;

	FileController(FileServing serving) {
		this.serving = serving;
	}

	@GetMapping("/api/v1/files/{id}/{variant}")
	@Operation(summary = "A file variant (original, medium, thumbnail)",
			description = "Send a bearer token as the owner, or use the signed URL from the owning resource (expires, signature).")
	void serve(@PathVariable UUID id, @PathVariable String variant,
			@RequestParam(required = false) @Nullable String expires,
			@RequestParam(required = false) @Nullable String signature,
			@RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) @Nullable String ifNoneMatch,
			HttpServletResponse response) throws IOException {
		Caller caller = (expires == null && signature == null) ? Caller.currentIfAny().orElse(null) : null;
		FileServing.Download download;
		try {
			download = this.serving.prepare(id, variant, expires, signature, caller);
		}
		catch (FileServing.StillProcessing ex) {
			response.setHeader(HttpHeaders.RETRY_AFTER, "2");
			throw ex;
		}
		response.setHeader(HttpHeaders.ETAG, download.etag());
		response.setHeader(HttpHeaders.CACHE_CONTROL,
				CacheControl.maxAge(Duration.ofHours(download.signed() ? 1 : 24)).cachePrivate().getHeaderValue()
						+ ", immutable");
		if (download.etag().equals(ifNoneMatch)) {
			response.setStatus(HttpStatus.NOT_MODIFIED.value());
			return;
		}
		response.setContentType(download.contentType());
		response.setContentLengthLong(download.size());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "inline");
		try (InputStream in = this.serving.open(download)) {
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
