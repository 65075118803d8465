package io.hearth.identity;

import java.util.Optional;
import java.util.UUID;

import io.hearth.platform.ApiException;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;

/** Who is calling, for services that scope their queries to the caller. */
public final class CurrentUser {

	private CurrentUser() {
	}

	public static Optional<UUID> id() {
		return jwt().map((jwt) -> UUID.fromString(jwt.getSubject()));
	}

	public static UUID require() {
		return id().orElseThrow(
				() -> new ApiException(HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED", "Authentication is required"));
	}

	/** Whether the caller holds {@code role} or a role above it. */
	public static boolean has(Role role) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null) {
			return false;
		}
		return authentication.getAuthorities()
			.stream()
			.anyMatch((a) -> a.getAuthority() != null && a.getAuthority().startsWith("ROLE_")
					&& Role.valueOf(a.getAuthority().substring(5)).ordinal() >= role.ordinal());
	}

	static Optional<Jwt> jwt() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null && authentication.getPrincipal() instanceof Jwt jwt) ? Optional.of(jwt)
				: Optional.empty();
	}

}
