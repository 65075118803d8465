package io.hearth.identity;

import com.fasterxml.jackson.annotation.JsonAlias;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * Request bodies of the auth endpoints. Unknown fields (a {@code role}, say) are refused
 * with 422.
 */
final class AuthRequests {

	static final String USERNAME = "[A-Za-z0-9._-]{3,50}";

	static final String LANGUAGE = "[a-z]{2}(-[A-Z]{2})?";

	private AuthRequests() {
	}

	record Register(
			@NotBlank @Pattern(regexp = USERNAME,
					message = "must be 3-50 letters, digits, '.', '_' or '-'") String username,
			@NotBlank @Email @Size(max = 254) String email, @NotNull String password,
			@Nullable @Size(max = 100) String displayName) {
	}

	/**
	 * {@code login} is a username or an email address; {@code username} and {@code email}
	 * are accepted too.
	 */
	record Login(@NotBlank @JsonAlias( {
			"username", "email" }) String login, @NotNull String password){
	}

	record Refresh(@NotBlank String refreshToken) {
	}

	record UpdateMe(@Nullable @Size(max = 100) String displayName,
			@Nullable @Pattern(regexp = LANGUAGE,
					message = "must be a language tag such as en or pt-BR") String language,
			@Nullable @Email @Size(max = 254) String email) {
	}

	record ChangePassword(@NotNull String currentPassword, @NotNull String newPassword) {
	}

	record Forgot(@NotBlank @Email String email) {
	}

	record Reset(@NotBlank String token, @NotNull String newPassword) {
	}

	record Verify(@NotBlank String token) {
	}

}
