package io.hearth.edge;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import io.hearth.platform.PageAttributes;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.thymeleaf.ITemplateEngine;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The error page for a failure no page controller handled (an unknown path, a filter's
 * {@code sendError}, the error dispatch), when a browser asked for a page: rendered in
 * the site's look with the modules' layout attributes. The one place both the exception
 * handler and the error controller turn to.
 */
@Component
class ErrorPages {

	private final ObjectProvider<ITemplateEngine> engine;

	private final ObjectProvider<PageAttributes> attributes;

	ErrorPages(ObjectProvider<ITemplateEngine> engine, ObjectProvider<PageAttributes> attributes) {
		this.engine = engine;
		this.attributes = attributes;
	}

	/** The page, or empty when this is no page request (or the pages are not there). */
	Optional<ResponseEntity<Object>> forBrowser(HttpServletRequest request, @Nullable HttpServletResponse response,
			HttpStatus status, HttpHeaders headers) {
		ITemplateEngine pages = this.engine.getIfAvailable();
		if (pages == null || response == null || !PageErrors.forPage(request)) {
			return Optional.empty();
		}
		return Optional.of(ResponseEntity.status(status)
			.headers(headers)
			.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.body(PageErrors.render(pages, request, response, status, this.attributes)));
	}

}
