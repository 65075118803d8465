package io.hearth.edge;

import io.hearth.platform.ETags;
import io.hearth.platform.Envelope;
import io.hearth.platform.Versioned;
import org.jspecify.annotations.Nullable;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Sets {@code ETag} from the version of every {@link Versioned} view a controller answers
 * with.
 */
@ControllerAdvice
class VersionedETags implements ResponseBodyAdvice<Object> {

	@Override
	public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
		return true;
	}

	@Override
	public @Nullable Object beforeBodyWrite(@Nullable Object body, MethodParameter returnType,
			MediaType selectedContentType, Class<? extends HttpMessageConverter<?>> selectedConverterType,
			ServerHttpRequest request, ServerHttpResponse response) {
		if (body instanceof Envelope<?> envelope && envelope.data() instanceof Versioned view
				&& !response.getHeaders().containsHeader(HttpHeaders.ETAG)) {
			String etag = ETags.of(view.version());
			response.getHeaders().setETag(etag);
			if (notModified(request, etag)) {
				// a conditional read of an unchanged resource: headers only
				response.setStatusCode(HttpStatus.NOT_MODIFIED);
				return null;
			}
		}
		return body;
	}

	/** If-None-Match on a read, compared weakly as RFC 9110 says for it. */
	private static boolean notModified(ServerHttpRequest request, String etag) {
		if (request.getMethod() != HttpMethod.GET && request.getMethod() != HttpMethod.HEAD) {
			return false;
		}
		for (String candidate : request.getHeaders().getOrEmpty(HttpHeaders.IF_NONE_MATCH)) {
			for (String tag : candidate.split(",")) {
				String strong = tag.strip().startsWith("W/") ? tag.strip().substring(2) : tag.strip();
				if (strong.equals("*") || strong.equals(etag)) {
					return true;
				}
			}
		}
		return false;
	}

}
