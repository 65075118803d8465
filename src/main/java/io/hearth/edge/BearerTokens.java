package io.hearth.edge;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.BearerTokenError;
import org.springframework.security.oauth2.server.resource.BearerTokenErrors;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;

/**
 * Reads {@code Authorization: Bearer <token>} (RFC 6750 token68 characters) without the
 * regular expression of Spring's default resolver, which showed up in profiles of every
 * authenticated request. Tokens in query parameters or form bodies are never accepted.
 */
final class BearerTokens implements BearerTokenResolver {

	private static final String PREFIX = "bearer ";

	@Override
	public @Nullable String resolve(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
			return null;
		}
		String token = header.substring(PREFIX.length());
		if (token.isEmpty() || !token68(token)) {
			BearerTokenError error = BearerTokenErrors.invalidToken("Bearer token is malformed");
			throw new OAuth2AuthenticationException(error);
		}
		return token;
	}

	private static boolean token68(String token) {
		int i = 0;
		int length = token.length();
		for (; i < length; i++) {
			char c = token.charAt(i);
			boolean allowed = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'
					|| c == '.' || c == '_' || c == '~' || c == '+' || c == '/';
			if (!allowed) {
				break;
			}
		}
		for (; i < length; i++) {
			if (token.charAt(i) != '=') {
				return false;
			}
		}
		return true;
	}

}
