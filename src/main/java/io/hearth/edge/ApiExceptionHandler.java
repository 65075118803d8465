package io.hearth.edge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.hearth.platform.ApiException;
import io.hearth.platform.BindingMessages;
import io.hearth.platform.ErrorCodes;
import io.hearth.platform.RetryOnLockConflict;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every exception that reaches a controller's dispatch into the one error body.
 * Spring MVC's own exceptions (404, 405 with Allow, 406, 413, 415, ...) come through
 * {@link #handleExceptionInternal}, keeping the headers Spring computed for them. Longer
 * than the ~250 lines a class should have, on purpose: this is the whole error contract
 * of the API in one place, one short handler per kind of failure; split, the mapping from
 * failure to status and code would have to be read across files. A browser's error page
 * for a handler-less page request is {@link ErrorPages}'.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	private final ErrorPages pages;

	ApiExceptionHandler(ErrorPages pages) {
		this.pages = pages;
	}

	@ExceptionHandler(ApiException.class)
	ResponseEntity<Object> api(ApiException ex, HttpServletRequest request) {
		return respond(request, ex.status(), ex.code(), ex.getMessage(), ex.errors(), null);
	}

	@ExceptionHandler(DataIntegrityViolationException.class)
	ResponseEntity<Object> integrity(DataIntegrityViolationException ex, HttpServletRequest request) {
		Throwable root = ex.getMostSpecificCause();
		log.info("Integrity violation answered with 409: {}", root.getMessage());
		return respond(request, HttpStatus.CONFLICT, ErrorCodes.CONFLICT,
				"The request conflicts with existing data: a value that must be unique is taken, or a referenced row is missing or still in use",
				null, null);
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ResponseEntity<Object> concurrentUpdate(OptimisticLockingFailureException ex, HttpServletRequest request) {
		return respond(request, HttpStatus.CONFLICT, ErrorCodes.CONFLICT,
				"The resource was changed by another request at the same time; read it again and retry", null, null);
	}

	/** Raw from an explicit flush, where Spring's translation does not reach. */
	@ExceptionHandler({ jakarta.persistence.OptimisticLockException.class, org.hibernate.StaleStateException.class })
	ResponseEntity<Object> concurrentFlush(Exception ex, HttpServletRequest request) {
		return respond(request, HttpStatus.CONFLICT, ErrorCodes.CONFLICT,
				"The resource was changed by another request at the same time; read it again and retry", null, null);
	}

	/** What {@link RetryOnLockConflict} could not resolve in its retries. */
	@ExceptionHandler({ org.springframework.dao.PessimisticLockingFailureException.class,
			jakarta.persistence.PessimisticLockException.class, jakarta.persistence.LockTimeoutException.class,
			org.hibernate.exception.LockAcquisitionException.class, org.hibernate.PessimisticLockException.class })
	ResponseEntity<Object> lockConflict(Exception ex, HttpServletRequest request) {
		log.warn("Lock conflict still unresolved after retries on {} {}: {}", request.getMethod(),
				request.getRequestURI(), ex.toString());
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.RETRY_AFTER, "1");
		return respond(request, HttpStatus.SERVICE_UNAVAILABLE, ErrorCodes.UNAVAILABLE,
				"The data is busy with concurrent changes; try again shortly", null, headers);
	}

	/** A statement past {@code SpecificationQueries.STATEMENT_TIMEOUT_MS}: too broad. */
	@ExceptionHandler({ jakarta.persistence.QueryTimeoutException.class,
			org.springframework.dao.QueryTimeoutException.class, org.hibernate.QueryTimeoutException.class })
	ResponseEntity<Object> queryTimeout(Exception ex, HttpServletRequest request) {
		log.warn("Statement timed out on {} {}: {}", request.getMethod(), request.getRequestURI(), ex.toString());
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.RETRY_AFTER, "5");
		return respond(request, HttpStatus.SERVICE_UNAVAILABLE, ErrorCodes.QUERY_TIMEOUT,
				"This search took too long to answer; add a word or a filter to narrow it", null, headers);
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ResponseEntity<Object> constraintViolation(ConstraintViolationException ex, HttpServletRequest request) {
		Map<String, List<String>> errors = new LinkedHashMap<>();
		ex.getConstraintViolations().forEach((violation) -> {
			String path = violation.getPropertyPath().toString();
			String field = BindingMessages.snakeCase(path.substring(path.lastIndexOf('.') + 1));
			errors.computeIfAbsent(field, (k) -> new ArrayList<>()).add(violation.getMessage());
		});
		return validation(request, errors);
	}

	@ExceptionHandler(MultipartException.class)
	ResponseEntity<Object> multipart(MultipartException ex, HttpServletRequest request) {
		if (ex instanceof MaxUploadSizeExceededException) {
			return respond(request, HttpStatus.CONTENT_TOO_LARGE, ErrorCodes.PAYLOAD_TOO_LARGE,
					"The upload is larger than this server accepts", null, null);
		}
		return respond(request, HttpStatus.BAD_REQUEST, ErrorCodes.MALFORMED_REQUEST,
				"The multipart body could not be parsed: send multipart/form-data with a boundary and complete parts",
				null, null);
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<Object> accessDenied(AccessDeniedException ex, HttpServletRequest request) {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
			return unauthenticated(request);
		}
		return respond(request, HttpStatus.FORBIDDEN, ErrorCodes.FORBIDDEN,
				"You are not allowed to perform this action", null, null);
	}

	@ExceptionHandler(AuthenticationException.class)
	ResponseEntity<Object> authentication(AuthenticationException ex, HttpServletRequest request) {
		return unauthenticated(request);
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<Object> unexpected(Exception ex, HttpServletRequest request) {
		if (!DatabaseFailures.isUnavailable(ex)) {
			for (Throwable t = ex; t != null; t = t.getCause()) {
				String name = t.getClass().getSimpleName();
				if (name.equals("ClientAbortException")) {
					// reading the body failed: it ended early or its framing was broken
					return respond(request, HttpStatus.BAD_REQUEST, ErrorCodes.MALFORMED_REQUEST,
							"The request body ended early or is not framed correctly", null, null);
				}
				if (name.equals("InvalidParameterException")) {
					// Tomcat decodes parameters lazily (multipart requests are not
					// checked up front)
					return respond(request, HttpStatus.BAD_REQUEST, ErrorCodes.MALFORMED_REQUEST,
							"The query string is not valid percent-encoded UTF-8", null, null);
				}
			}
		}
		if (DatabaseFailures.isUnavailable(ex)) {
			log.warn("Database unavailable: {}", ex.toString());
			return respond(request, HttpStatus.SERVICE_UNAVAILABLE, ErrorCodes.UNAVAILABLE,
					"The service is temporarily unavailable; try again shortly", null, null);
		}
		log.error("Unhandled exception on {} {}", request.getMethod(), request.getRequestURI(), ex);
		return respond(request, HttpStatus.INTERNAL_SERVER_ERROR, ErrorCodes.INTERNAL_ERROR,
				"An unexpected error occurred; it has been logged with the request id", null, null);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Map<String, List<String>> errors = new LinkedHashMap<>();
		for (FieldError error : ex.getBindingResult().getFieldErrors()) {
			errors.computeIfAbsent(BindingMessages.snakeCase(error.getField()), (k) -> new ArrayList<>())
				.add(BindingMessages.message(error));
		}
		ex.getBindingResult()
			.getGlobalErrors()
			.forEach((error) -> errors.computeIfAbsent("_", (k) -> new ArrayList<>())
				.add(BindingMessages.message(error)));
		return validation(servlet(request), errors);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHandlerMethodValidationException(
			HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Map<String, List<String>> errors = new LinkedHashMap<>();
		ex.getParameterValidationResults().forEach((result) -> {
			String name = BindingMessages.snakeCase(result.getMethodParameter().getParameterName());
			result.getResolvableErrors()
				.forEach((error) -> errors.computeIfAbsent(name, (k) -> new ArrayList<>())
					.add(BindingMessages.message(error)));
		});
		return validation(servlet(request), errors);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String name = (ex instanceof MethodArgumentTypeMismatchException mismatch) ? mismatch.getName()
				: String.valueOf(ex.getPropertyName());
		Class<?> type = ex.getRequiredType();
		String expected = (type != null) ? BindingMessages.describe(type) : "a valid value";
		return validation(servlet(request), Map.of(name, List.of("must be " + expected)));
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleMissingServletRequestParameter(
			MissingServletRequestParameterException ex, HttpHeaders headers, HttpStatusCode status,
			WebRequest request) {
		return validation(servlet(request), Map.of(ex.getParameterName(), List.of("is required")));
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		HttpServletRequest servletRequest = servlet(request);
		for (Throwable t = ex.getCause(); t != null; t = t.getCause()) {
			if (t instanceof ApiException api) {
				// raised by a deserializer (the text rule): its field errors, not
				// Jackson's wrapping
				return api(api, servletRequest);
			}
		}
		for (Throwable t = ex.getCause(); t != null; t = t.getCause()) {
			if (t instanceof RequestSizeLimit.TooLargeException tooLarge) {
				return respond(servletRequest, HttpStatus.CONTENT_TOO_LARGE, ErrorCodes.PAYLOAD_TOO_LARGE,
						tooLarge.getMessage(), null, null);
			}
			if (t instanceof UnrecognizedPropertyException unknown) {
				return validation(servletRequest,
						Map.of(BindingMessages.path(unknown), List.of("is not a known field")));
			}
			if (t instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
				Class<?> target = mismatch.getTargetType();
				String expected = (target != null) ? BindingMessages.describe(target) : "a value of the right type";
				return validation(servletRequest,
						Map.of(BindingMessages.path(mismatch), List.of("must be " + expected)));
			}
			if (t instanceof DatabindException databind && !databind.getPath().isEmpty()) {
				// a value the target type refused (an unknown enum name, say)
				return validation(servletRequest,
						Map.of(BindingMessages.path(databind), List.of("has an invalid value")));
			}
		}
		String detail = (ex.getCause() instanceof JacksonException) ? "The request body is not valid JSON"
				: "The request body is missing or unreadable";
		return respond(servletRequest, HttpStatus.BAD_REQUEST, ErrorCodes.MALFORMED_REQUEST, detail, null, null);
	}

	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, @Nullable Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		HttpServletRequest servletRequest = servlet(request);
		// no handler was found (an unknown page, a wrong method): a browser gets the page
		var page = this.pages.forBrowser(servletRequest,
				(request instanceof ServletWebRequest web) ? web.getResponse() : null,
				HttpStatus.valueOf(statusCode.value()), headers);
		if (page.isPresent()) {
			return page.get();
		}
		String detail = switch (statusCode.value()) {
			case 404 -> "No route for " + servletRequest.getMethod() + " " + servletRequest.getRequestURI();
			case 405 -> "Method " + servletRequest.getMethod() + " is not allowed here; allowed: "
					+ String.join(", ", headers.getOrEmpty(HttpHeaders.ALLOW));
			default -> (ex instanceof ErrorResponse error && error.getBody().getDetail() != null)
					? error.getBody().getDetail() : HttpStatus.valueOf(statusCode.value()).getReasonPhrase();
		};
		if (statusCode.is5xxServerError()) {
			log.error("Request failed with {}", statusCode, ex);
		}
		return respond(servletRequest, statusCode, ErrorCodes.forStatus(statusCode), detail, null, headers);
	}

	private ResponseEntity<Object> unauthenticated(HttpServletRequest request) {
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
		return respond(request, HttpStatus.UNAUTHORIZED, ErrorCodes.UNAUTHENTICATED, "Authentication is required", null,
				headers);
	}

	private static ResponseEntity<Object> validation(HttpServletRequest request, Map<String, List<String>> errors) {
		return respond(request, HttpStatus.UNPROCESSABLE_CONTENT, ErrorCodes.VALIDATION_FAILED,
				"The request has invalid fields", errors, null);
	}

	private static ResponseEntity<Object> respond(HttpServletRequest request, HttpStatusCode status, String code,
			String detail, @Nullable Map<String, List<String>> errors, @Nullable HttpHeaders headers) {
		return ProblemResponses.entity(ProblemResponses.problem(request, status, code, detail, errors), headers);
	}

	private static HttpServletRequest servlet(WebRequest request) {
		return ((ServletWebRequest) request).getRequest();
	}

}
