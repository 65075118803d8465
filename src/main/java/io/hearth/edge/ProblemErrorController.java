package io.hearth.edge;

import io.hearth.platform.ErrorCodes;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Renders the error body for failures that never reached a controller: the servlet
 * container's own rejections (oversized or unparseable requests) and {@code sendError}
 * from filters. Replaces Boot's whitelabel/JSON error page.
 */
@RestController
@io.swagger.v3.oas.annotations.Hidden
class ProblemErrorController implements ErrorController {

	private static final Logger log = LoggerFactory.getLogger(ProblemErrorController.class);

	private final ErrorPages pages;

	ProblemErrorController(ErrorPages pages) {
		this.pages = pages;
	}

	@RequestMapping("${server.error.path:/error}")
	ResponseEntity<Object> error(HttpServletRequest request, HttpServletResponse response) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		if (code == null && request.getDispatcherType() != jakarta.servlet.DispatcherType.ERROR) {
			// a client asking for the error page itself: there is no such route
			return ProblemResponses.entity(ProblemResponses.problem(request, HttpStatus.NOT_FOUND,
					ErrorCodes.forStatus(HttpStatus.NOT_FOUND), "No route for " + request.getRequestURI(), null), null);
		}
		HttpStatus status = (code instanceof Integer value && HttpStatus.resolve(value) != null)
				? HttpStatus.valueOf(value) : HttpStatus.INTERNAL_SERVER_ERROR;
		Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
		if (failure != null && DatabaseFailures.isUnavailable(failure)) {
			status = HttpStatus.SERVICE_UNAVAILABLE;
		}
		else if (status.is5xxServerError()) {
			log.error("Request to {} failed outside the controllers",
					request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI), failure);
		}
		String detail = switch (status.value()) {
			case 400 -> "The request could not be parsed";
			case 404 -> "No route for " + request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
			case 413 -> "The request body is larger than this server accepts";
			case 500 -> "An unexpected error occurred; it has been logged with the request id";
			case 503 -> "The service is temporarily unavailable; try again shortly";
			default -> status.getReasonPhrase();
		};
		var page = this.pages.forBrowser(request, response, status, new HttpHeaders());
		if (page.isPresent()) {
			return page.get();
		}
		HttpHeaders headers = new HttpHeaders();
		if (status == HttpStatus.UNAUTHORIZED) {
			headers.set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
		}
		return ProblemResponses
			.entity(ProblemResponses.problem(request, status, ErrorCodes.forStatus(status), detail, null), headers);
	}

}
