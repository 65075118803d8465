package io.hearth.identity;

import java.io.Serializable;
import java.util.List;
import java.util.UUID;

import io.hearth.platform.IfMatch;
import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;

import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.stereotype.Service;

/**
 * The account use cases for the web pages: the same services, password policy and
 * validation as the auth API, so no rule is written twice. A signed-in browser holds an
 * identity session like any API client, which is why logging out, a password change or an
 * admin disabling the user ends it too ({@link PageSessions}).
 */
@Service
public class BrowserAccounts {

	private final SignIn signIn;

	private final AccountSelfService self;

	private final Validator validator;

	private final JwtDecoder tokens;

	private final AccessGate gate;

	private final UserAdministration admin;

	BrowserAccounts(SignIn signIn, AccountSelfService self, Validator validator, JwtDecoder tokens, AccessGate gate,
			UserAdministration admin) {
		this.signIn = signIn;
		this.self = self;
		this.validator = validator;
		this.tokens = tokens;
		this.gate = gate;
		this.admin = admin;
	}

	/** An admin's user list (the admin API's use case, role-checked there). */
	public org.springframework.data.domain.Page<UserView> users(@Nullable String q, io.hearth.platform.PageQuery page) {
		return this.admin.list((q == null || q.isBlank()) ? null : q, null, null, page, "username");
	}

	/** An admin changing a user's role or status; a disabled user's sessions end. */
	public UserView administer(UUID userId, @Nullable Role role, @Nullable UserStatus status, long version) {
		return this.admin.update(userId, new AdminRequests.UpdateUser(null, null, null, role, status, null),
				new IfMatch(io.hearth.platform.ETags.of(version)));
	}

	public int endSessionsOf(UUID userId) {
		return this.admin.revokeSessions(userId);
	}

	/** The signed-in user of this request, from the gate's cache (no query). */
	public @Nullable UserView current() {
		return CurrentUser.jwt().map(this.gate::current).orElse(null);
	}

	/** The identity session a browser stands for, kept in its page session. */
	public record Signed(UUID userId, UUID sessionId) implements Serializable {
	}

	/** Where the browser is, recorded on its session like an API client's. */
	public record Client(@Nullable String ip, @Nullable String userAgent) {
	}

	public Signed register(String username, String email, String password, @Nullable String displayName,
			Client client) {
		AuthRequests.Register request = new AuthRequests.Register(username, email, password, blankToNull(displayName));
		return signed(this.signIn.register(valid(request), client(client)));
	}

	public Signed signIn(String login, String password, Client client) {
		return signed(this.signIn.login(valid(new AuthRequests.Login(login, password)), client(client)));
	}

	public void signOut(Signed signed) {
		this.signIn.endSession(signed.userId(), signed.sessionId());
	}

	public UserView me(UUID userId) {
		return this.self.me(userId);
	}

	public UserView updateProfile(UUID userId, @Nullable String displayName, @Nullable String language,
			@Nullable String email) {
		return this.self.update(userId,
				valid(new AuthRequests.UpdateMe(blankToNull(displayName), blankToNull(language), blankToNull(email))),
				IfMatch.NONE);
	}

	public void changePassword(Signed signed, String currentPassword, String newPassword) {
		this.self.changePassword(signed.userId(), signed.sessionId(),
				valid(new AuthRequests.ChangePassword(currentPassword, newPassword)));
	}

	public void forgotPassword(String email) {
		this.self.forgotPassword(valid(new AuthRequests.Forgot(email)).email());
	}

	public void resetPassword(String token, String newPassword) {
		this.self.resetPassword(valid(new AuthRequests.Reset(token, newPassword)));
	}

	public void requestVerification(UUID userId) {
		this.self.requestVerification(userId);
	}

	public UserView verifyEmail(String token) {
		return this.self.verify(valid(new AuthRequests.Verify(token)).token());
	}

	public List<SessionView> sessions(Signed signed) {
		return this.self.sessions(signed.userId(), signed.sessionId());
	}

	public void revokeSession(UUID userId, UUID sessionId) {
		this.self.revokeSession(userId, sessionId);
	}

	/** The API answers an invalid body with 422 and its fields; so do the pages. */
	private <T> T valid(T request) {
		return io.hearth.platform.PageForms.validated(this.validator, request);
	}

	private Signed signed(AuthResult result) {
		String sessionId = this.tokens.decode(result.accessToken()).getClaimAsString("sid");
		return new Signed(result.user().id(), UUID.fromString(sessionId));
	}

	private static SignIn.Client client(Client client) {
		return new SignIn.Client(client.ip(), client.userAgent());
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

}
