package io.hearth.platform;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A refused form on a web page: the use case's 422 (or 409) becomes messages next to the
 * fields they name, under {@link #FORM} for the form as a whole.
 */
public final class PageForms {

	/** The key of messages that belong to no single field. */
	public static final String FORM = "_form";

	/**
	 * Longer than any number a form takes. A form field may be a megabyte, and turning
	 * digits into a number is quadratic in their count: a megabyte of them took 13 s of
	 * CPU (the API's JSON is bounded by its parser already).
	 */
	private static final int NUMBER_CHARS = 100;

	private PageForms() {
	}

	/** The field's number; {@code null} when it is not one or too long to be one. */
	public static @org.jspecify.annotations.Nullable BigDecimal number(String text) {
		String value = text.strip();
		if (value.isEmpty() || value.length() > NUMBER_CHARS) {
			return null;
		}
		try {
			return new BigDecimal(value);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/**
	 * The field's number, {@code null} when it is blank.
	 * @throws ApiException 422 naming {@code field} when it is not a number
	 */
	public static @org.jspecify.annotations.Nullable BigDecimal decimal(String field, String text) {
		if (text.isBlank()) {
			return null;
		}
		BigDecimal number = number(text);
		if (number == null) {
			throw ApiException.invalid(field, "must be a number");
		}
		return number;
	}

	/**
	 * A request built from a form, checked as the API checks a body: Bean Validation's
	 * violations are a 422 naming each field as the API's JSON does.
	 */
	public static <T> T validated(jakarta.validation.Validator validator, T request) {
		java.util.Set<jakarta.validation.ConstraintViolation<T>> violations = validator.validate(request);
		if (!violations.isEmpty()) {
			Map<String, List<String>> errors = new java.util.LinkedHashMap<>();
			violations.forEach(
					(violation) -> errors
						.computeIfAbsent(BindingMessages.snakeCase(violation.getPropertyPath().toString()),
								(field) -> new java.util.ArrayList<>())
						.add(violation.getMessage()));
			throw ApiException.invalid(errors);
		}
		return request;
	}

	public static Map<String, List<String>> errors(ApiException refused) {
		Map<String, List<String>> errors = refused.errors();
		return (errors != null && !errors.isEmpty()) ? errors : Map.of(FORM, List.of(refused.getMessage()));
	}

	/**
	 * The messages of a refusal about the input, to show on the form; any other refusal
	 * (a missing right, a missing row) is thrown on, to the error page.
	 */
	public static Map<String, List<String>> shownOnForm(ApiException refused) {
		if (!aboutInput(refused)) {
			throw refused;
		}
		return errors(refused);
	}

	/**
	 * A page of a list as a page's link asks for it: a number out of range is the nearest
	 * page there is, not an error page.
	 */
	public static PageQuery page(int number, int perPage) {
		return new PageQuery(Math.max(1, Math.min(number, PageQuery.MAX_PAGE)), perPage, null);
	}

	/**
	 * The version a form was read at, as the {@code If-Match} the use case checks; a form
	 * without one (or with garbage) updates whatever is there.
	 */
	public static IfMatch ifMatch(@org.jspecify.annotations.Nullable String version) {
		return (version != null && version.matches("\\d{1,18}")) ? new IfMatch(ETags.of(Long.parseLong(version)))
				: IfMatch.NONE;
	}

	/**
	 * Whether the refusal is about the input (shown on the form), not a missing right: a
	 * form read at an older version (412) is shown again with why.
	 */
	public static boolean aboutInput(ApiException refused) {
		int status = refused.status().value();
		return status == 400 || status == 409 || status == 412 || status == 422;
	}

	/**
	 * A {@code next} address that stays on this site: a path, never {@code //host} or a
	 * scheme.
	 */
	public static String localTarget(@org.jspecify.annotations.Nullable String next, String otherwise) {
		if (next == null || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")
				|| next.chars().anyMatch((c) -> c < 0x20)) {
			return otherwise;
		}
		return next;
	}

}
