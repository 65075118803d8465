package io.hearth.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Request bodies of the admin user API. */
final class AdminRequests {

	private AdminRequests() {
	}

	record CreateUser(
			@NotBlank @Pattern(regexp = AuthRequests.USERNAME,
					message = "must be 3-50 letters, digits, '.', '_' or '-'") String username,
			@NotBlank @Email @Size(max = 254) String email, @NotNull String password,
			@Nullable @Size(max = 100) String displayName, @Nullable Role role, @Nullable Boolean emailVerified) {
	}

	/** Only the fields present change. */
	record UpdateUser(
			@Nullable @Pattern(regexp = AuthRequests.USERNAME,
					message = "must be 3-50 letters, digits, '.', '_' or '-'") String username,
			@Nullable @Email @Size(max = 254) String email, @Nullable @Size(max = 100) String displayName,
			@Nullable Role role, @Nullable UserStatus status, @Nullable @Pattern(regexp = AuthRequests.LANGUAGE,
					message = "must be a language tag such as en or pt-BR") String language) {
	}

	record SetPassword(@NotNull String password) {
	}

}
