package io.hearth.identity.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.hearth.identity.BrowserAccounts;
import io.hearth.identity.Role;
import io.hearth.identity.SessionView;
import io.hearth.identity.UserStatus;
import io.hearth.identity.UserView;
import io.hearth.platform.ApiException;
import io.hearth.sites.SiteAccess;
import io.hearth.support.ControllerSliceTest;
import io.hearth.support.PageUsers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The account pages alone: sign-in refused and accepted (a new session, a local
 * {@code next} only), sign-up refused at its field, the account page with its sessions
 * and a refused password change on its form, and the admin's user list.
 */
@ControllerSliceTest({ SignInPages.class, AccountPages.class, AdminPages.class })
class IdentityPagesSliceTest {

	private static final UUID USER = UUID.randomUUID();

	@Autowired
	MockMvc mvc;

	@MockitoBean
	BrowserAccounts accounts;

	/** Every slice's web configuration resolves the active site. */
	@MockitoBean
	SiteAccess sites;

	@Test
	void aRefusedSignInShowsTheFormAgainWithTheLoginAndNoForeignNext() throws Exception {
		given(this.accounts.signIn(eq("ann"), eq("wrong"), any()))
			.willThrow(new ApiException(HttpStatus.UNAUTHORIZED, "INVALID_CREDENTIALS", "Invalid login or password"));
		String page = body(this.mvc
			.perform(post("/signin").param("login", "ann")
				.param("password", "wrong")
				.param("next", "//evil.example/")
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(page).contains("value=\"ann\"", "Invalid login or password.").doesNotContain("evil.example");
	}

	@Test
	void aSignInStartsANewSessionAndGoesOnToTheLocalNext() throws Exception {
		BrowserAccounts.Signed signed = new BrowserAccounts.Signed(USER, UUID.randomUUID());
		given(this.accounts.signIn(eq("ann"), eq("right"), any())).willReturn(signed);
		MockHttpSession before = new MockHttpSession();
		String id = before.getId();
		MvcResult result = this.mvc
			.perform(post("/signin").session(before)
				.param("login", "ann")
				.param("password", "right")
				.param("next", "/collections?q={x}")
				.with(csrf()))
			.andExpect(redirectedUrl("/collections?q={x}"))
			.andReturn();
		MockHttpSession after = (MockHttpSession) result.getRequest().getSession(false);
		assertThat(after).isNotNull();
		assertThat(after.getId()).isNotEqualTo(id);
		assertThat(after.getAttribute("hearth.signed")).isEqualTo(signed);
	}

	@Test
	void aTakenUsernameIsShownAtTheUsernameFieldWithWhatWasTyped() throws Exception {
		given(this.accounts.register(eq("ann"), eq("ann@example.test"), any(), any(), any()))
			.willThrow(ApiException.conflict("USERNAME_TAKEN", "This username is taken"));
		String page = body(this.mvc
			.perform(post("/signup").param("username", "ann")
				.param("email", "ann@example.test")
				.param("password", "Sturdy-pass-1234")
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(page).contains("id=\"username-error\"", "This username is taken", "value=\"ann@example.test\"")
			.doesNotContain("Sturdy-pass-1234");
	}

	@Test
	void theAccountPageListsTheSessionsAndAWrongCurrentPasswordIsShownOnItsForm() throws Exception {
		BrowserAccounts.Signed signed = new BrowserAccounts.Signed(USER, UUID.randomUUID());
		Instant at = Instant.parse("2026-12-01T10:00:00Z");
		given(this.accounts.me(USER)).willReturn(new UserView(USER, "ann", "ann@example.test", "Ann", Role.USER,
				UserStatus.ACTIVE, true, "en", at, at, at, 2));
		given(this.accounts.sessions(signed)).willReturn(List.of(new SessionView(signed.sessionId(), at, at,
				at.plusSeconds(3600), "192.0.2.7", "Firefox on Linux", true)));
		willThrow(ApiException.invalid("current_password", "is not your current password")).given(this.accounts)
			.changePassword(eq(signed), eq("wrong"), any());
		MockHttpSession session = new MockHttpSession();
		session.setAttribute("hearth.signed", signed);
		assertThat(body(this.mvc.perform(get("/account").session(session).with(PageUsers.signedIn(USER)))
			.andExpect(status().isOk())
			.andReturn())).contains("Firefox on Linux", "192.0.2.7", "ann@example.test");
		String refused = body(this.mvc
			.perform(post("/account/password").session(session)
				.param("current_password", "wrong")
				.param("new_password", "Another-pass-5678")
				.with(PageUsers.signedIn(USER))
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(refused).contains("id=\"current_password-error\"", "is not your current password");
	}

	@Test
	void theAdminsUserListFindsAndARefusedChangeIsAFlash() throws Exception {
		Instant at = Instant.parse("2026-12-01T10:00:00Z");
		UserView bob = new UserView(UUID.randomUUID(), "bob", "bob@example.test", null, Role.USER, UserStatus.ACTIVE,
				false, "en", at, at, null, 0);
		given(this.accounts.users(eq("bo"), any())).willReturn(new PageImpl<>(List.of(bob), PageRequest.of(0, 25), 1));
		assertThat(body(this.mvc.perform(get("/admin/users").param("q", "bo").with(PageUsers.signedInAdmin(USER)))
			.andExpect(status().isOk())
			.andReturn())).contains("bob@example.test");
		given(this.accounts.administer(eq(bob.id()), any(), any(), anyLong()))
			.willThrow(ApiException.conflict("LAST_ADMIN", "The last admin cannot be demoted"));
		this.mvc
			.perform(post("/admin/users/" + bob.id()).param("role", "user")
				.param("version", "0")
				.with(PageUsers.signedInAdmin(USER))
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/users"))
			.andExpect(flash().attribute("flash", "The last admin cannot be demoted"));
	}

	private static String body(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString();
	}

}
