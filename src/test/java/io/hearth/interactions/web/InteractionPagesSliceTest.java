package io.hearth.interactions.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.hearth.identity.Caller;
import io.hearth.interactions.InteractionFinder;
import io.hearth.interactions.InteractionLog;
import io.hearth.interactions.InteractionType;
import io.hearth.interactions.InteractionView;
import io.hearth.platform.SearchedPage;
import io.hearth.sites.ActiveSite;
import io.hearth.sites.SiteAccess;
import io.hearth.sites.SiteRole;
import io.hearth.support.ControllerSliceTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The interaction pages alone: the finder as a page and as its htmx fragment, what a
 * viewer is offered against an editor, and times shown in the interaction's own zone.
 */
@ControllerSliceTest(InteractionPages.class)
class InteractionPagesSliceTest {

	private static final UUID USER = UUID.randomUUID();

	private static final UUID SITE = UUID.randomUUID();

	@Autowired
	MockMvc mvc;

	@MockitoBean
	InteractionFinder finder;

	@MockitoBean
	InteractionLog log;

	@MockitoBean
	SiteAccess sites;

	@Test
	void anEditorIsOfferedToLogAndTheFragmentHasOnlyTheResults() throws Exception {
		as(SiteRole.EDITOR);
		String page = body(get("/interactions").param("site", SITE.toString()));
		assertThat(page).contains("<html", "Log an interaction", "Quarterly call", "2026-12-03 10:30");
		String fragment = body(get("/interactions").param("site", SITE.toString()).header("HX-Request", "true"));
		assertThat(fragment).contains("id=\"results\"", "Quarterly call").doesNotContain("<html", "Log an interaction");
	}

	@Test
	void aViewerIsNotOfferedToLogOrEdit() throws Exception {
		as(SiteRole.VIEWER);
		assertThat(body(get("/interactions").param("site", SITE.toString()))).contains("Quarterly call")
			.doesNotContain("Log an interaction");
	}

	@Test
	void theSortableColumnsLinkToTheOtherDirection() throws Exception {
		as(SiteRole.VIEWER);
		String page = body(get("/interactions").param("site", SITE.toString()).param("sort", "title"));
		assertThat(page).contains("sort=-title", "aria-sort=\"ascending\"");
	}

	private void as(SiteRole role) {
		ActiveSite site = new ActiveSite(SITE, "HQ", role, USER, false);
		given(this.sites.resolve(any(Caller.class), eq(SITE.toString()))).willReturn(site);
		given(this.sites.mine(any(Caller.class))).willReturn(List.of(site));
		Instant start = Instant.parse("2026-12-03T09:30:00Z");
		InteractionView call = new InteractionView(UUID.randomUUID(), SITE, "HQ", "Quarterly call",
				InteractionType.values()[0], "ACME", start, null, "Europe/Rome", null, null, null, USER, "ann", start,
				USER, "ann", start, 0);
		given(this.finder.list(eq(site), any(), any(), any()))
			.willReturn(new SearchedPage<>(new PageImpl<>(List.of(call), PageRequest.of(0, 25), 1), false, List.of()));
	}

	private String body(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.with(signedIn()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static RequestPostProcessor signedIn() {
		Jwt principal = Jwt.withTokenValue("page-session")
			.header("alg", "none")
			.subject(USER.toString())
			.claim("sid", UUID.randomUUID().toString())
			.build();
		return authentication(new JwtAuthenticationToken(principal, List.of(new SimpleGrantedAuthority("ROLE_USER"))));
	}

}
