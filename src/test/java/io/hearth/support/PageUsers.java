package io.hearth.support;

import java.util.List;
import java.util.UUID;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/**
 * A signed-in page user in a slice test. Unlike {@code jwt()}, which marks the request as
 * a bearer call and so exempts it from CSRF, this authentication leaves the page chain's
 * CSRF check in force, as it is for a browser.
 */
public final class PageUsers {

	private PageUsers() {
	}

	public static RequestPostProcessor signedIn(UUID user) {
		return signedIn(user, "ROLE_USER");
	}

	/** An admin's page session ({@code ROLE_ADMIN}, what the admin pages need). */
	public static RequestPostProcessor signedInAdmin(UUID user) {
		return signedIn(user, "ROLE_ADMIN");
	}

	private static RequestPostProcessor signedIn(UUID user, String role) {
		Jwt principal = Jwt.withTokenValue("page-session")
			.header("alg", "none")
			.subject(user.toString())
			.claim("sid", UUID.randomUUID().toString())
			.build();
		return authentication(new JwtAuthenticationToken(principal, List.of(new SimpleGrantedAuthority(role))));
	}

	public static RequestPostProcessor signedIn() {
		return signedIn(UUID.randomUUID());
	}

}
