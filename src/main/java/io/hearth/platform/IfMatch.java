package io.hearth.platform;

import org.jspecify.annotations.Nullable;

/**
 * The {@code If-Match} header of a write, resolved as a controller argument and checked
 * by the use case against the resource's current version: absent or {@code *} passes, a
 * listed strong tag of the current version passes, anything else is a 412.
 */
public record IfMatch(@Nullable String header) {

	/** No precondition: for writes made by the system itself. */
	public static final IfMatch NONE = new IfMatch(null);

	public void require(long currentVersion) {
		ETags.requireMatch(this.header, currentVersion);
	}

}
