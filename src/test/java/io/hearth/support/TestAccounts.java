package io.hearth.support;

import java.util.UUID;

import io.hearth.support.Api.Reply;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real accounts for system tests, made through the API: the bootstrap admin of the test
 * profile signs in, and creates users of any role through the admin API.
 */
public final class TestAccounts {

	public static final String ADMIN = "root-admin";

	public static final String ADMIN_PASSWORD = "test-only-Admin-pass-42";

	public static final String PASSWORD = "Sturdy-test-password-7";

	private final Api api;

	public TestAccounts(Api api) {
		this.api = api;
	}

	/** A signed-in account: its id, username and tokens. */
	public record Account(UUID id, String username, String email, String accessToken, String refreshToken) {

		public String bearer() {
			return "Bearer " + this.accessToken;
		}

	}

	public Account admin() {
		return login(ADMIN, ADMIN_PASSWORD);
	}

	/**
	 * A fresh account of the given role ({@code user}, {@code staff} or {@code admin}),
	 * signed in.
	 */
	public Account create(String role) {
		String username = role + "-" + UUID.randomUUID().toString().substring(0, 8);
		Reply created = this.api.post("/api/v1/admin/users", """
				{"username": "%s", "email": "%s@example.test", "password": "%s", "role": "%s"}""".formatted(username,
				username, PASSWORD, role), "Authorization", admin().bearer());
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return login(username, PASSWORD);
	}

	public Account login(String login, String password) {
		Reply reply = this.api.post("/api/v1/auth/login", """
				{"login": "%s", "password": "%s"}""".formatted(login, password));
		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
		return account(reply.json().get("data"));
	}

	public static Account account(JsonNode data) {
		JsonNode user = data.get("user");
		return new Account(UUID.fromString(user.get("id").asString()), user.get("username").asString(),
				user.get("email").asString(), data.get("access_token").asString(),
				data.get("refresh_token").asString());
	}

}
