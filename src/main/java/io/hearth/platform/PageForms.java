package io.hearth.platform;

import java.util.List;
import java.util.Map;

/**
 * A refused form on a web page: the use case's 422 (or 409) becomes messages next to the
 * fields they name, under {@link #FORM} for the form as a whole.
 */
public final class PageForms {

	/** The key of messages that belong to no single field. */
	public static final String FORM = "_form";

	private PageForms() {
	}

	public static Map<String, List<String>> errors(ApiException refused) {
		Map<String, List<String>> errors = refused.errors();
		return (errors != null && !errors.isEmpty()) ? errors : Map.of(FORM, List.of(refused.getMessage()));
	}

	/**
	 * Whether the refusal is about the input (shown on the form), not a missing right.
	 */
	public static boolean aboutInput(ApiException refused) {
		int status = refused.status().value();
		return status == 400 || status == 409 || status == 422;
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
