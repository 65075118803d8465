package io.hearth.sites.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.hearth.identity.UserProvisioning;
import io.hearth.sites.SiteAccess;
import io.hearth.sites.SiteManagement;
import io.hearth.support.ControllerSliceTest;
import io.hearth.support.PageUsers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The site pages alone: a name the request's constraints refuse is shown at its field and
 * never reaches the use case; an update keeps what was typed.
 */
@ControllerSliceTest(SitePages.class)
class SitePagesSliceTest {

	private static final UUID ADMIN = UUID.randomUUID();

	@Autowired
	MockMvc mvc;

	@MockitoBean
	SiteManagement sites;

	@MockitoBean
	UserProvisioning users;

	@MockitoBean
	SiteAccess access;

	@Test
	void aTooLongNameIsShownAtItsFieldAndNeverReachesTheUseCase() throws Exception {
		Instant at = Instant.parse("2026-12-01T10:00:00Z");
		given(this.sites.list(any(), any())).willReturn(
				new PageImpl<>(List.of(new SiteManagement.SiteView(UUID.randomUUID(), "Depot", null, true, at, at, 0)),
						PageRequest.of(0, 50), 1));
		String page = this.mvc.perform(
				post("/admin/sites").param("name", "x".repeat(101)).with(PageUsers.signedInAdmin(ADMIN)).with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"name-error\"", "Depot");
		verify(this.sites, never()).create(any());
	}

}
