package io.hearth.platform;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;

/**
 * Strong entity tags from a resource's {@code version}, and the {@code If-Match} check
 * that keeps concurrent writers from silently overwriting each other.
 */
public final class ETags {

	private ETags() {
	}

	private static String abbreviated(String header) {
		return (header.length() > 80) ? header.substring(0, 80) + "…" : header;
	}

	public static String of(long version) {
		return "\"" + version + "\"";
	}

	/**
	 * Passes when {@code If-Match} is absent, {@code *}, or lists the current tag;
	 * otherwise 412. Weak tags never match, as RFC 9110 requires for {@code If-Match}.
	 */
	public static void requireMatch(@Nullable String ifMatch, long currentVersion) {
		if (ifMatch == null || ifMatch.isBlank()) {
			return;
		}
		String current = of(currentVersion);
		for (String candidate : ifMatch.split(",")) {
			String tag = candidate.strip();
			if (tag.equals("*") || tag.equals(current)) {
				return;
			}
		}
		throw new ApiException(HttpStatus.PRECONDITION_FAILED, ErrorCodes.PRECONDITION_FAILED,
				"The resource has changed since it was read (If-Match " + abbreviated(ifMatch.strip()) + ", current "
						+ current + "); read it again and retry");
	}

}
