package io.hearth.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import io.hearth.platform.ApiException;
import org.jspecify.annotations.Nullable;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * 8 to 128 characters, not one of the commonly used passwords shipped in
 * {@code common-passwords.txt}, and not the user's own name or address.
 */
@Component
class PasswordPolicy {

	static final int MIN = 8;

	static final int MAX = 128;

	private final Set<String> common;

	PasswordPolicy() throws IOException {
		Set<String> words = new HashSet<>();
		var resource = new ClassPathResource("identity/common-passwords.txt");
		try (var reader = new BufferedReader(
				new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
			reader.lines()
				.map(String::strip)
				.filter((l) -> !l.isEmpty() && !l.startsWith("#"))
				.forEach((l) -> words.add(l.toLowerCase(Locale.ROOT)));
		}
		this.common = Set.copyOf(words);
	}

	/**
	 * @param field the request field the password came in, for the 422 body
	 */
	void check(String field, @Nullable String password, @Nullable String username, @Nullable String email) {
		String problem = problem(password, username, email);
		if (problem != null) {
			throw ApiException.invalid(field, problem);
		}
	}

	@Nullable String problem(@Nullable String password, @Nullable String username, @Nullable String email) {
		if (password == null || password.length() < MIN) {
			return "must be at least " + MIN + " characters";
		}
		if (password.length() > MAX) {
			return "must be at most " + MAX + " characters";
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (this.common.contains(lower)) {
			return "is too common; choose a less predictable password";
		}
		if (username != null && lower.equals(username.toLowerCase(Locale.ROOT))) {
			return "must not be your username";
		}
		if (email != null && (lower.equals(email.toLowerCase(Locale.ROOT)) || (email.contains("@")
				&& lower.equals(email.substring(0, email.indexOf('@')).toLowerCase(Locale.ROOT))))) {
			return "must not be your email address";
		}
		return null;
	}

	int size() {
		return this.common.size();
	}

}
