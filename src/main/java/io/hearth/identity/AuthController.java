package io.hearth.identity;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.hearth.platform.IfMatch;
import io.hearth.platform.Envelope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = "Auth", description = "Registration, login, tokens, own account and sessions")
class AuthController {

	private final SignIn signIn;

	private final AccountSelfService selfService;

	private final AccessGate gate;

	AuthController(SignIn signIn, AccountSelfService selfService, AccessGate gate) {
		this.signIn = signIn;
		this.selfService = selfService;
		this.gate = gate;
	}

	@PostMapping("/register")
	@Operation(summary = "Create an account (when registration is open) and sign in")
	ResponseEntity<Envelope<AuthResult>> register(@Valid @RequestBody AuthRequests.Register body,
			HttpServletRequest request) {
		AuthResult result = this.signIn.register(body, client(request));
		return ResponseEntity.created(URI.create("/api/v1/auth/me")).body(Envelope.of(result));
	}

	@PostMapping("/login")
	@Operation(summary = "Sign in with a username or email address")
	Envelope<AuthResult> login(@Valid @RequestBody AuthRequests.Login body, HttpServletRequest request) {
		return Envelope.of(this.signIn.login(body, client(request)));
	}

	@PostMapping("/refresh")
	@Operation(summary = "Trade a refresh token for a new token pair (the old refresh token is spent)")
	Envelope<AuthResult> refresh(@Valid @RequestBody AuthRequests.Refresh body, HttpServletRequest request) {
		return Envelope.of(this.signIn.refresh(body.refreshToken(), client(request)));
	}

	@PostMapping("/logout")
	@Operation(summary = "End this session (or, with all=true, every session) and deny this access token")
	ResponseEntity<Void> logout(@AuthenticationPrincipal Jwt jwt, @RequestParam(defaultValue = "false") boolean all) {
		Instant expires = (jwt.getExpiresAt() != null) ? jwt.getExpiresAt() : Instant.now();
		this.signIn.logout(userId(jwt), sessionId(jwt), jwt.getId(), expires, all);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/me")
	@Operation(summary = "The signed-in user")
	ResponseEntity<Envelope<UserView>> me(@AuthenticationPrincipal Jwt jwt) {
		UserView me = this.gate.current(jwt);
		if (me == null) {
			me = this.selfService.me(userId(jwt));
		}
		return ResponseEntity.ok(Envelope.of(me));
	}

	@PatchMapping("/me")
	@Operation(summary = "Change display name, language or email (a new email must be verified again)")
	ResponseEntity<Envelope<UserView>> updateMe(@AuthenticationPrincipal Jwt jwt,
			@Valid @RequestBody AuthRequests.UpdateMe body, IfMatch ifMatch) {
		UserView me = this.selfService.update(userId(jwt), body, ifMatch);
		return ResponseEntity.ok(Envelope.of(me));
	}

	@PostMapping("/password")
	@Operation(summary = "Change the password; every other session ends")
	ResponseEntity<Void> changePassword(@AuthenticationPrincipal Jwt jwt,
			@Valid @RequestBody AuthRequests.ChangePassword body) {
		this.selfService.changePassword(userId(jwt), sessionId(jwt), body);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/password/forgot")
	@Operation(summary = "Mail a password reset token (always 202, whether or not the address is known)")
	ResponseEntity<Void> forgot(@Valid @RequestBody AuthRequests.Forgot body) {
		this.selfService.forgotPassword(body.email());
		return ResponseEntity.accepted().build();
	}

	@PostMapping("/password/reset")
	@Operation(summary = "Set a new password with a mailed reset token; every session ends")
	ResponseEntity<Void> reset(@Valid @RequestBody AuthRequests.Reset body) {
		this.selfService.resetPassword(body);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/email/verify/request")
	@Operation(summary = "Mail a verification token to the signed-in user's address")
	ResponseEntity<Void> requestVerification(@AuthenticationPrincipal Jwt jwt) {
		this.selfService.requestVerification(userId(jwt));
		return ResponseEntity.accepted().build();
	}

	@PostMapping("/email/verify")
	@Operation(summary = "Confirm an email address with a mailed token")
	Envelope<UserView> verify(@Valid @RequestBody AuthRequests.Verify body) {
		return Envelope.of(this.selfService.verify(body.token()));
	}

	@GetMapping("/sessions")
	@Operation(summary = "The signed-in user's live sessions")
	Envelope<List<SessionView>> sessions(@AuthenticationPrincipal Jwt jwt) {
		return Envelope.of(this.selfService.sessions(userId(jwt), sessionId(jwt)));
	}

	@DeleteMapping("/sessions/{id}")
	@Operation(summary = "End one of the signed-in user's sessions")
	ResponseEntity<Void> revokeSession(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id) {
		this.selfService.revokeSession(userId(jwt), id);
		return ResponseEntity.noContent().build();
	}

	private SignIn.Client client(HttpServletRequest request) {
		return new SignIn.Client(request.getRemoteAddr(), request.getHeader(HttpHeaders.USER_AGENT));
	}

	private static UUID userId(Jwt jwt) {
		return UUID.fromString(jwt.getSubject());
	}

	private static UUID sessionId(Jwt jwt) {
		return UUID.fromString(jwt.getClaimAsString("sid"));
	}

}
