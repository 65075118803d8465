package io.hearth.ops;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * Body of a notice create or full replace. Validated before any use, so the service may
 * rely on {@code title} and {@code body} being present.
 *
 * @param title 1–120 characters, unique on the board regardless of case
 * @param body up to 4000 characters
 * @param pinned whether it is listed first; false when left out
 */
record NoticeRequest(@NotBlank @Size(max = 120) String title, @NotNull @Size(max = 4000) String body,
		@Nullable Boolean pinned) {

	boolean pinnedOrFalse() {
		return Boolean.TRUE.equals(this.pinned);
	}

}
