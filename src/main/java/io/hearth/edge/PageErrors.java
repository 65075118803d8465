package io.hearth.edge;

import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import io.hearth.platform.PageAttributes;
import org.jspecify.annotations.Nullable;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.servlet.support.RequestContextUtils;

/** The error page, in the site's look, for page requests. */
final class PageErrors {

	private PageErrors() {
	}

	/** The statuses the error page has its own words for; others read as "other". */
	private static final java.util.Set<Integer> EXPLAINED = java.util.Set.of(400, 403, 404, 405, 409, 413, 429, 500,
			503);

	static String kind(HttpStatus status) {
		return EXPLAINED.contains(status.value()) ? String.valueOf(status.value()) : "other";
	}

	static ModelAndView page(HttpStatus status, @Nullable String detail, ObjectProvider<PageAttributes> attributes) {
		ModelAndView page = new ModelAndView("error", Map.of("status", status.value(), "kind", kind(status)), status);
		// an exception handler's model is new: the modules' attributes are not in it
		attributes.forEach((module) -> page.addAllObjects(module.pageAttributes()));
		if (detail != null && status.is4xxClientError()) {
			page.addObject("detail", detail);
		}
		return page;
	}

	/**
	 * Whether a failure outside the controllers (an unknown path, a filter's
	 * {@code sendError}) was a browser asking for a page: then it gets the error page,
	 * not a problem body.
	 */
	static boolean forPage(HttpServletRequest request) {
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String raw = (uri instanceof String value) ? value : request.getRequestURI();
		if (!pagePath(raw)) {
			return false;
		}
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		return accept != null && accept.contains("text/html");
	}

	/**
	 * Whether a raw request path is a page's, as routing would read it: "//api/x" and
	 * "/%61pi/x" are the API's; a path that cannot be decoded is no page.
	 */
	static boolean pagePath(String raw) {
		String path;
		try {
			path = org.springframework.web.util.UriUtils.decode(raw, java.nio.charset.StandardCharsets.UTF_8)
				.replaceAll("/{2,}", "/")
				.toLowerCase(java.util.Locale.ROOT);
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
		return !(path.startsWith("/api/") || path.equals("/api") || path.startsWith("/docs")
				|| path.startsWith("/swagger-ui") || path.startsWith("/v3/") || path.startsWith("/actuator")
				|| path.startsWith("/.well-known/"));
	}

	/**
	 * Renders the error page outside Spring MVC's view resolution (the error dispatch).
	 */
	static String render(ITemplateEngine engine, HttpServletRequest request, HttpServletResponse response,
			HttpStatus status, ObjectProvider<PageAttributes> attributes) {
		var application = JakartaServletWebApplication.buildApplication(request.getServletContext());
		WebContext context = new WebContext(application.buildExchange(request, response),
				RequestContextUtils.getLocale(request));
		context.setVariable("status", status.value());
		context.setVariable("kind", kind(status));
		attributes.forEach((module) -> context.setVariables(module.pageAttributes()));
		return engine.process("error", context);
	}

}
