package io.hearth.identity;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.hearth.platform.IfMatch;
import io.hearth.platform.Envelope;
import io.hearth.platform.PageQuery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/admin/users")
@Tag(name = "Admin: users", description = "Account management (admin)")
class AdminUserController {

	private final UserAdministration users;

	AdminUserController(UserAdministration users) {
		this.users = users;
	}

	@GetMapping
	@Operation(summary = "Search users")
	Envelope<List<UserView>> list(PageQuery paging,
			@Parameter(description = "Matches username, email or display name") @RequestParam(
					required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable Role role,
			@RequestParam(required = false) @Nullable UserStatus status,
			@Parameter(description = "created_at, username, email, last_login_at; '-' for descending") @RequestParam(
					required = false) @Nullable String sort) {
		return Envelope.page(this.users.list(q, role, status, paging, sort));
	}

	@GetMapping("/{id}")
	ResponseEntity<Envelope<UserView>> get(@PathVariable UUID id) {
		return tagged(ResponseEntity.ok(), this.users.get(id));
	}

	@PostMapping
	@Operation(summary = "Create a user with any role")
	ResponseEntity<Envelope<UserView>> create(@Valid @RequestBody AdminRequests.CreateUser body) {
		UserView created = this.users.create(body);
		return tagged(ResponseEntity.created(URI.create("/api/v1/admin/users/" + created.id())), created);
	}

	@PatchMapping("/{id}")
	@Operation(summary = "Change username, email, display name, role, status or language",
			description = "Disabling ends the user's sessions at once; the last active admin cannot be demoted or disabled.")
	ResponseEntity<Envelope<UserView>> update(@PathVariable UUID id, @Valid @RequestBody AdminRequests.UpdateUser body,
			IfMatch ifMatch) {
		return tagged(ResponseEntity.ok(), this.users.update(id, body, ifMatch));
	}

	@PutMapping("/{id}/password")
	@Operation(summary = "Set a user's password; their sessions end")
	ResponseEntity<Void> setPassword(@PathVariable UUID id, @Valid @RequestBody AdminRequests.SetPassword body) {
		this.users.setPassword(id, body.password());
		return ResponseEntity.noContent().build();
	}

	@DeleteMapping("/{id}/sessions")
	@Operation(summary = "End every session of a user")
	Envelope<Map<String, Integer>> revokeSessions(@PathVariable UUID id) {
		return Envelope.of(Map.of("revoked", this.users.revokeSessions(id)));
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Delete a user", description = "The last active admin cannot be deleted.")
	ResponseEntity<Void> delete(@PathVariable UUID id, IfMatch ifMatch) {
		this.users.delete(id, ifMatch);
		return ResponseEntity.noContent().build();
	}

	private static ResponseEntity<Envelope<UserView>> tagged(ResponseEntity.BodyBuilder builder, UserView user) {
		return builder.body(Envelope.of(user));
	}

}
