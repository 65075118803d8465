package io.hearth.identity;

import java.util.Optional;
import java.util.UUID;

/**
 * Who is calling a use case: resolved once at the HTTP edge (declare it as a controller
 * argument) and passed in, so services scope their queries to it instead of reading the
 * security context themselves.
 *
 * @param id the user's id
 * @param role the user's global role
 */
public record Caller(UUID id, Role role) {

	/** Whether the caller holds {@code wanted} or a role above it. */
	public boolean has(Role wanted) {
		return this.role.ordinal() >= wanted.ordinal();
	}

	public boolean isAdmin() {
		return has(Role.ADMIN);
	}

	/**
	 * The authenticated caller of the current request (401 without one), for argument
	 * resolvers at the HTTP edge; use cases take a {@code Caller} instead.
	 */
	public static Caller current() {
		UUID id = CurrentUser.require();
		Role highest = Role.USER;
		for (Role role : Role.values()) {
			if (CurrentUser.has(role)) {
				highest = role;
			}
		}
		return new Caller(id, highest);
	}

	/**
	 * The authenticated caller when there is one, for routes anyone may call (a signed
	 * file link); the use case decides what an anonymous call may do.
	 */
	public static Optional<Caller> currentIfAny() {
		return CurrentUser.id().isPresent() ? Optional.of(current()) : Optional.empty();
	}

}
