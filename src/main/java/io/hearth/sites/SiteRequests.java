package io.hearth.sites;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

public final class SiteRequests {

	private SiteRequests() {
	}

	public record Create(@NotBlank @Size(max = 100) String name, @Nullable @Size(max = 1000) String description) {
	}

	public record Update(
			@Nullable @Size(max = 100) @Pattern(regexp = ".*\\S.*", message = "must not be blank") String name,
			@Nullable @Size(max = 1000) String description, @Nullable Boolean isActive) {
	}

	record ChooseSite(@NotNull UUID siteId) {
	}

	record SetRole(@NotNull SiteRole role) {
	}

}
