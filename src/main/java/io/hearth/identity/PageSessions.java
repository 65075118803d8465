package io.hearth.identity;

import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * The security context of a page request, from the identity session its page session
 * stands for. The session is checked by the same {@link AccessGate} as an API token, on
 * every request, so a revocation anywhere (logout in another tab, a password change, an
 * admin disabling the user) ends the page session on its next request. The principal is
 * the same {@link Jwt} shape the API sees (subject and {@code sid}), built here rather
 * than signed, so services read the caller the same way on both paths.
 */
@Component
public final class PageSessions implements SecurityContextRepository {

	static final String ATTRIBUTE = "hearth.signed";

	/** Where {@code HttpSessionCsrfTokenRepository} keeps the token. */
	private static final String CSRF_TOKEN = org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository.class
		.getName() + ".CSRF_TOKEN";

	private final AccessGate gate;

	PageSessions(AccessGate gate) {
		this.gate = gate;
	}

	/**
	 * Marks the browser signed in, under a new session id (a session id known before
	 * sign-in must not become a signed-in one).
	 */
	public static void start(HttpServletRequest request, BrowserAccounts.Signed signed) {
		request.getSession(true);
		request.changeSessionId();
		HttpSession session = request.getSession();
		// and a new CSRF token: one seen before sign-in must not be good after it
		session.removeAttribute(CSRF_TOKEN);
		session.setAttribute(ATTRIBUTE, signed);
	}

	/** Ends the page session (its identity session is ended by the caller). */
	public static void end(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
	}

	/** The identity session the browser stands for, if it signed in. */
	public static BrowserAccounts.@Nullable Signed signed(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		return (session != null && session.getAttribute(ATTRIBUTE) instanceof BrowserAccounts.Signed signed) ? signed
				: null;
	}

	@Override
	public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
		return new DeferredSecurityContext() {

			private @Nullable SecurityContext loaded;

			@Override
			public SecurityContext get() {
				if (this.loaded == null) {
					this.loaded = context(request);
				}
				return this.loaded;
			}

			@Override
			public boolean isGenerated() {
				return get().getAuthentication() == null;
			}

		};
	}

	@Override
	@SuppressWarnings("deprecation")
	public SecurityContext loadContext(
			org.springframework.security.web.context.HttpRequestResponseHolder requestResponseHolder) {
		return context(requestResponseHolder.getRequest());
	}

	private SecurityContext context(HttpServletRequest request) {
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		BrowserAccounts.Signed signed = signed(request);
		if (signed == null) {
			return context;
		}
		Instant now = Instant.now();
		Jwt principal = Jwt.withTokenValue("page-session")
			.header("alg", "none")
			.subject(signed.userId().toString())
			.claim("sid", signed.sessionId().toString())
			.issuedAt(now)
			.expiresAt(now.plusSeconds(60))
			.build();
		if (this.gate.validate(principal).hasErrors()) {
			// ended elsewhere: this browser is signed out from now on
			HttpSession session = request.getSession(false);
			if (session != null) {
				session.removeAttribute(ATTRIBUTE);
			}
			return context;
		}
		return new SecurityContextImpl(this.gate.convert(principal));
	}

	@Override
	public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
		// nothing to save: the page session holds the identity session, not the context
	}

	@Override
	public boolean containsContext(HttpServletRequest request) {
		return signed(request) != null;
	}

}
