package io.hearth.identity;

import java.util.UUID;

import io.hearth.support.Api.Reply;
import io.hearth.support.ApiSystemTest;
import io.hearth.support.TestAccounts.Account;
import io.hearth.support.TestAccounts;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static io.hearth.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/** Every flow of the auth API over real HTTP. */
class AuthFlowsSystemTest extends ApiSystemTest {

	@Test
	void shouldRegisterAndSignInWithAFreshTokenPair() {
		String name = unique("Reg");
		Reply reply = register(name, name + "@Example.test", TestAccounts.PASSWORD, null);
		assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
		JsonNode data = reply.json().get("data");
		assertThat(data.get("token_type").asString()).isEqualTo("Bearer");
		assertThat(data.get("expires_in").asLong()).isEqualTo(900);
		assertThat(data.get("refresh_token").asString()).hasSizeGreaterThan(40);
		assertThat(data.at("/user/role").asString()).isEqualTo("user");
		assertThat(data.at("/user/email").asString()).isEqualTo(name + "@Example.test");
		assertThat(data.at("/user/email_verified").asBoolean()).isFalse();
		assertThat(data.at("/user").has("password_hash")).isFalse();
		assertThat(reply.body()).doesNotContain("$2a$");
		Reply me = this.api.get("/api/v1/auth/me", "Authorization", "Bearer " + data.get("access_token").asString());
		assertThat(me.json().at("/data/username").asString()).isEqualTo(name);
	}

	@Test
	void shouldRefuseARoleInTheRegistrationBodyAndStoreNothing() {
		String name = unique("Sneaky");
		Reply reply = register(name, name + "@example.test", TestAccounts.PASSWORD, "admin");
		assertProblem(reply, 422, "VALIDATION_FAILED");
		assertThat(reply.json().at("/errors/role/0").asString()).isEqualTo("is not a known field");
		assertThat(login(name, TestAccounts.PASSWORD).status()).isEqualTo(401);
	}

	@Test
	void shouldRefuseWeakPasswordsAndTakenNamesCaseInsensitively() {
		String name = unique("Taken");
		assertProblem(register(name, name + "@example.test", "short", null), 422, "VALIDATION_FAILED");
		assertProblem(register(name, name + "@example.test", "password123", null), 422, "VALIDATION_FAILED");
		assertProblem(register(name, name + "@example.test", name, null), 422, "VALIDATION_FAILED");
		assertThat(register(name, name + "@example.test", TestAccounts.PASSWORD, null).status()).isEqualTo(201);
		assertProblem(register(name.toUpperCase(), "other-" + name + "@example.test", TestAccounts.PASSWORD, null), 409,
				"USERNAME_TAKEN");
		assertProblem(register("x" + name, name.toUpperCase() + "@EXAMPLE.test", TestAccounts.PASSWORD, null), 409,
				"EMAIL_TAKEN");
		Reply bad = register("a b", "not-an-email", TestAccounts.PASSWORD, null);
		assertProblem(bad, 422, "VALIDATION_FAILED");
		assertThat(bad.json().get("errors").has("username")).isTrue();
		assertThat(bad.json().get("errors").has("email")).isTrue();
	}

	@Test
	void shouldLogInByUsernameOrEmailAndAnswerTheSameForUnknownUsersAndWrongPasswords() {
		Account user = this.accounts.create("user");
		assertThat(login(user.username().toUpperCase(), TestAccounts.PASSWORD).status()).isEqualTo(200);
		assertThat(login(user.email(), TestAccounts.PASSWORD).status()).isEqualTo(200);
		Reply byField = this.api.post("/api/v1/auth/login",
				"{\"email\": \"%s\", \"password\": \"%s\"}".formatted(user.email(), TestAccounts.PASSWORD));
		assertThat(byField.status()).isEqualTo(200);

		Reply wrong = login(user.username(), "Wrong-password-123");
		Reply unknown = login(unique("nobody"), "Wrong-password-123");
		assertProblem(wrong, 401, "INVALID_CREDENTIALS");
		assertProblem(unknown, 401, "INVALID_CREDENTIALS");
		assertThat(wrong.json().get("detail")).isEqualTo(unknown.json().get("detail"));
	}

	@Test
	void shouldRotateRefreshTokensAndSpendEachOnce() {
		Account user = this.accounts.create("user");
		Reply first = refresh(user.refreshToken());
		assertThat(first.status()).isEqualTo(200);
		String next = first.json().at("/data/refresh_token").asString();
		assertThat(next).isNotEqualTo(user.refreshToken());
		String access = first.json().at("/data/access_token").asString();
		assertThat(this.api.get("/api/v1/auth/me", "Authorization", "Bearer " + access).status()).isEqualTo(200);
		assertThat(refresh(next).status()).isEqualTo(200);
		assertProblem(refresh("not-a-token"), 401, "INVALID_REFRESH_TOKEN");
	}

	@Test
	void shouldUpdateTheOwnProfileWithIfMatchAndUnverifyANewEmail() {
		Account user = this.accounts.create("user");
		Reply me = this.api.as(user).get("/api/v1/auth/me");
		String etag = me.header("ETag");
		Reply updated = this.api.send("PATCH", "/api/v1/auth/me",
				"{\"display_name\": \"Ada\", \"language\": \"pt-BR\", \"email\": \"%s\"}"
					.formatted("new-" + user.email()),
				"Authorization", user.bearer(), "If-Match", etag);
		assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
		assertThat(updated.json().at("/data/display_name").asString()).isEqualTo("Ada");
		assertThat(updated.json().at("/data/language").asString()).isEqualTo("pt-BR");
		assertThat(updated.json().at("/data/email_verified").asBoolean()).isFalse();
		assertProblem(this.api.send("PATCH", "/api/v1/auth/me", "{\"display_name\": \"Lost\"}", "Authorization",
				user.bearer(), "If-Match", etag), 412, "PRECONDITION_FAILED");
		assertProblem(this.api.send("PATCH", "/api/v1/auth/me", "{\"language\": \"klingon!\"}", "Authorization",
				user.bearer()), 422, "VALIDATION_FAILED");
		assertThat(this.api.as(user).get("/api/v1/auth/me").json().at("/data/display_name").asString())
			.isEqualTo("Ada");
	}

	@Test
	void shouldChangeThePasswordAndEndEveryOtherSession() {
		Account phone = this.accounts.create("user");
		Account laptop = this.accounts.login(phone.username(), TestAccounts.PASSWORD);
		assertProblem(this.api.post("/api/v1/auth/password",
				"{\"current_password\": \"wrong-one-123\", \"new_password\": \"Another-good-pass-9\"}", "Authorization",
				laptop.bearer()), 422, "VALIDATION_FAILED");
		Reply changed = this.api.post("/api/v1/auth/password",
				"{\"current_password\": \"%s\", \"new_password\": \"Another-good-pass-9\"}"
					.formatted(TestAccounts.PASSWORD),
				"Authorization", laptop.bearer());
		assertThat(changed.status()).as(changed.toString()).isEqualTo(204);
		assertThat(this.api.as(laptop).get("/api/v1/auth/me").status()).isEqualTo(200);
		assertProblem(this.api.as(phone).get("/api/v1/auth/me"), 401, "UNAUTHENTICATED");
		assertThat(login(phone.username(), TestAccounts.PASSWORD).status()).isEqualTo(401);
		assertThat(login(phone.username(), "Another-good-pass-9").status()).isEqualTo(200);
	}

	@Test
	void shouldListAndRevokeOnlyTheCallersOwnSessions() {
		Account first = this.accounts.create("user");
		Account second = this.accounts.login(first.username(), TestAccounts.PASSWORD);
		Account stranger = this.accounts.create("user");
		Reply sessions = this.api.get("/api/v1/auth/sessions", "Authorization", second.bearer(), "User-Agent", "probe");
		assertThat(sessions.json().get("data").size()).isEqualTo(2);
		String other = null;
		for (JsonNode session : sessions.json().get("data")) {
			if (!session.get("current").asBoolean()) {
				other = session.get("id").asString();
			}
			assertThat(session.get("ip").asString()).isEqualTo("127.0.0.1");
		}
		assertProblem(this.api.as(stranger).delete("/api/v1/auth/sessions/" + other), 404, "NOT_FOUND");
		assertThat(this.api.as(first).get("/api/v1/auth/me").status()).isEqualTo(200);
		assertThat(this.api.as(second).delete("/api/v1/auth/sessions/" + other).status()).isEqualTo(204);
		assertProblem(this.api.as(first).get("/api/v1/auth/me"), 401, "UNAUTHENTICATED");
		assertThat(this.api.as(second).get("/api/v1/auth/me").status()).isEqualTo(200);
	}

	@Test
	void shouldLogOutEverySessionWithAll() {
		Account first = this.accounts.create("user");
		Account second = this.accounts.login(first.username(), TestAccounts.PASSWORD);
		assertThat(this.api.as(first).post("/api/v1/auth/logout?all=true", null).status()).isEqualTo(204);
		assertProblem(this.api.as(second).get("/api/v1/auth/me"), 401, "UNAUTHENTICATED");
		assertProblem(refresh(second.refreshToken()), 401, "INVALID_REFRESH_TOKEN");
	}

	@Test
	void shouldLetOnlyAdminsUseTheAdminApi() {
		for (String role : new String[] { "user", "staff" }) {
			Account caller = this.accounts.create(role);
			assertProblem(this.api.as(caller).get("/api/v1/admin/users"), 403, "FORBIDDEN");
			assertProblem(this.api.post("/api/v1/admin/users", "{}", "Authorization", caller.bearer()), 403,
					"FORBIDDEN");
			assertProblem(this.api.as(caller).get("/api/v1/admin/jobs"), 403, "FORBIDDEN");
		}
		assertProblem(this.api.get("/api/v1/admin/users"), 401, "UNAUTHENTICATED");
	}

	@Test
	void shouldSearchFilterPageAndManageUsersAsAdmin() {
		String admin = this.accounts.admin().bearer();
		String tag = unique("srch").toLowerCase();
		for (int i = 0; i < 3; i++) {
			Reply created = this.api.post("/api/v1/admin/users", """
					{"username": "%s-%d", "email": "%s-%d@example.test", "password": "%s", "role": "staff",
					 "display_name": "Searchable %d"}""".formatted(tag, i, tag, i, TestAccounts.PASSWORD, i),
					"Authorization", admin);
			assertThat(created.status()).as(created.toString()).isEqualTo(201);
			assertThat(created.header("Location")).startsWith("/api/v1/admin/users/");
		}
		Reply page = this.api.get("/api/v1/admin/users?q=" + tag + "&role=staff&per_page=2&sort=username",
				"Authorization", admin);
		assertThat(page.status()).as(page.toString()).isEqualTo(200);
		assertThat(page.json().at("/meta/pagination/total").asLong()).isEqualTo(3);
		assertThat(page.json().at("/data/0/username").asString()).isEqualTo(tag + "-0");
		assertThat(this.api.get("/api/v1/admin/users?q=" + tag + "&status=disabled", "Authorization", admin)
			.json()
			.at("/meta/pagination/total")
			.asLong()).isZero();
		assertProblem(this.api.get("/api/v1/admin/users?role=emperor", "Authorization", admin), 422,
				"VALIDATION_FAILED");
		assertThat(this.api.get("/api/v1/admin/users?q=%25", "Authorization", admin).status()).isEqualTo(200);

		Account target = this.accounts.login(tag + "-1", TestAccounts.PASSWORD);
		Reply setPassword = this.api.put("/api/v1/admin/users/" + target.id() + "/password",
				"{\"password\": \"Admin-chosen-pass-5\"}", "Authorization", admin);
		assertThat(setPassword.status()).isEqualTo(204);
		assertProblem(this.api.as(target).get("/api/v1/auth/me"), 401, "UNAUTHENTICATED");
		Account again = this.accounts.login(tag + "-1", "Admin-chosen-pass-5");
		Reply revoked = this.api.delete("/api/v1/admin/users/" + target.id() + "/sessions", "Authorization", admin);
		assertThat(revoked.json().at("/data/revoked").asInt()).isEqualTo(1);
		assertProblem(this.api.as(again).get("/api/v1/auth/me"), 401, "UNAUTHENTICATED");
		assertProblem(this.api.get("/api/v1/admin/users/" + UUID.randomUUID(), "Authorization", admin), 404,
				"NOT_FOUND");
	}

	@Test
	void shouldNeverLeaveTheSystemWithoutAnActiveAdmin() {
		Account second = this.accounts.create("admin");
		String rootAdmin = this.accounts.admin().bearer();
		// two admins: one may demote the other
		Reply demote = this.api.send("PATCH", "/api/v1/admin/users/" + second.id(), "{\"role\": \"staff\"}",
				"Authorization", rootAdmin);
		assertThat(demote.status()).isEqualTo(200);
		// now the root admin is the only active one (other test classes may have made
		// more: count them out)
		Reply admins = this.api.get("/api/v1/admin/users?role=admin&status=active&per_page=100", "Authorization",
				rootAdmin);
		for (JsonNode other : admins.json().get("data")) {
			if (!other.get("username").asString().equals(TestAccounts.ADMIN)) {
				this.api.send("PATCH", "/api/v1/admin/users/" + other.get("id").asString(),
						"{\"status\": \"disabled\"}", "Authorization", rootAdmin);
			}
		}
		String rootId = this.api.get("/api/v1/auth/me", "Authorization", rootAdmin).json().at("/data/id").asString();
		assertProblem(this.api.send("PATCH", "/api/v1/admin/users/" + rootId, "{\"role\": \"user\"}", "Authorization",
				rootAdmin), 409, "LAST_ADMIN");
		assertProblem(this.api.send("PATCH", "/api/v1/admin/users/" + rootId, "{\"status\": \"disabled\"}",
				"Authorization", rootAdmin), 409, "LAST_ADMIN");
		assertProblem(this.api.delete("/api/v1/admin/users/" + rootId, "Authorization", rootAdmin), 409, "LAST_ADMIN");
		assertThat(this.api.get("/api/v1/auth/me", "Authorization", rootAdmin).json().at("/data/role").asString())
			.isEqualTo("admin");
	}

	private Reply register(String username, String email, String password, String role) {
		String extra = (role != null) ? ", \"role\": \"" + role + "\"" : "";
		return this.api.post("/api/v1/auth/register",
				"{\"username\": \"%s\", \"email\": \"%s\", \"password\": \"%s\"%s}".formatted(username, email, password,
						extra));
	}

	private Reply login(String login, String password) {
		return this.api.post("/api/v1/auth/login",
				"{\"login\": \"%s\", \"password\": \"%s\"}".formatted(login, password));
	}

	private Reply refresh(String token) {
		return this.api.post("/api/v1/auth/refresh", "{\"refresh_token\": \"" + token + "\"}");
	}

	static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

}
