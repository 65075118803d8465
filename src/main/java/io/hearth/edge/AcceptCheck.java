package io.hearth.edge;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.ResolvableType;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Refuses with 406, before the use case runs, a request whose {@code Accept} admits no
 * JSON to a handler that answers with a JSON body. Without it Spring finds out only when
 * writing the answer, after a write had already committed: the client was told 406 for a
 * change that was made.
 */
final class AcceptCheck implements HandlerInterceptor {

	private static final List<MediaType> JSON = List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON);

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws HttpMediaTypeNotAcceptableException {
		if (request.getDispatcherType() == jakarta.servlet.DispatcherType.ERROR && PageErrors.forPage(request)) {
			// the error dispatch of a page: the error controller answers with HTML
			return true;
		}
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		if (accept == null || accept.isBlank() || !(handler instanceof HandlerMethod method)
				|| !answersWithJson(method)) {
			return true;
		}
		List<MediaType> accepted;
		try {
			accepted = MediaType.parseMediaTypes(accept);
		}
		catch (InvalidMediaTypeException ex) {
			throw new HttpMediaTypeNotAcceptableException("Accept is not a list of media types: " + ex.getMessage());
		}
		if (accepted.stream().anyMatch((type) -> JSON.stream().anyMatch(type::isCompatibleWith))) {
			return true;
		}
		throw new HttpMediaTypeNotAcceptableException(JSON);
	}

	/**
	 * Handlers that declare what they produce are negotiated by Spring up front; those
	 * that write the response themselves ({@code void}) or answer without a body
	 * ({@code ResponseEntity<Void>}) accept any {@code Accept}.
	 */
	static boolean answersWithJson(HandlerMethod method) {
		RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), RequestMapping.class);
		if (mapping != null && mapping.produces().length > 0) {
			return false;
		}
		// a page controller answers with a view, negotiated by the view
		if (!AnnotatedElementUtils.hasAnnotation(method.getBeanType(), ResponseBody.class)
				&& !method.hasMethodAnnotation(ResponseBody.class)) {
			return false;
		}
		ResolvableType type = ResolvableType.forMethodReturnType(method.getMethod());
		Class<?> raw = type.resolve(Object.class);
		if (raw == void.class || raw == Void.class) {
			return false;
		}
		return !(ResponseEntity.class.isAssignableFrom(raw) && type.getGeneric(0).resolve(Object.class) == Void.class);
	}

}
