package io.hearth.edge;

import io.hearth.platform.ApiException;
import io.hearth.platform.PageAttributes;
import io.hearth.platform.PageController;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * What a page shows when its use case refuses: the error page in the site's look with the
 * status the API would give (404 for someone else's item, 403, 409), never a stack trace.
 * Forms catch their own 422s and show them next to the fields. After
 * {@link ApiExceptionHandler}, which takes the REST controllers.
 */
@ControllerAdvice(annotations = PageController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(PageExceptionHandler.class);

	private final ObjectProvider<PageAttributes> attributes;

	PageExceptionHandler(ObjectProvider<PageAttributes> attributes) {
		this.attributes = attributes;
	}

	@ExceptionHandler(ApiException.class)
	ModelAndView refused(ApiException ex) {
		return PageErrors.page(ex.status(), ex.getMessage(), this.attributes);
	}

	@ExceptionHandler(AccessDeniedException.class)
	ModelAndView denied() {
		return PageErrors.page(HttpStatus.FORBIDDEN, null, this.attributes);
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ModelAndView conflict() {
		return PageErrors.page(HttpStatus.CONFLICT, null, this.attributes);
	}

	/** An address or form the page cannot read (a word where a number goes, say). */
	@ExceptionHandler({ org.springframework.web.bind.ServletRequestBindingException.class,
			org.springframework.beans.TypeMismatchException.class,
			org.springframework.web.method.annotation.HandlerMethodValidationException.class,
			org.springframework.web.bind.MethodArgumentNotValidException.class,
			org.springframework.web.multipart.MultipartException.class })
	ModelAndView unreadable(Exception ex) {
		if (ex instanceof org.springframework.web.multipart.MaxUploadSizeExceededException) {
			return PageErrors.page(HttpStatus.CONTENT_TOO_LARGE, null, this.attributes);
		}
		return PageErrors.page(HttpStatus.BAD_REQUEST, null, this.attributes);
	}

	@ExceptionHandler({ jakarta.persistence.QueryTimeoutException.class,
			org.springframework.dao.QueryTimeoutException.class, org.hibernate.QueryTimeoutException.class })
	ModelAndView tooBroad() {
		return PageErrors.page(HttpStatus.SERVICE_UNAVAILABLE, null, this.attributes);
	}

	@ExceptionHandler(NoResourceFoundException.class)
	ModelAndView notFound() {
		return PageErrors.page(HttpStatus.NOT_FOUND, null, this.attributes);
	}

	@ExceptionHandler(Exception.class)
	ModelAndView failed(Exception ex, HttpServletRequest request) {
		if (DatabaseFailures.isUnavailable(ex)) {
			return PageErrors.page(HttpStatus.SERVICE_UNAVAILABLE, null, this.attributes);
		}
		log.error("Page {} failed", request.getRequestURI(), ex);
		return PageErrors.page(HttpStatus.INTERNAL_SERVER_ERROR, null, this.attributes);
	}

}
