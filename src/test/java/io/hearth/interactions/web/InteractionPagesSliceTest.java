package io.hearth.interactions.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.hearth.identity.Caller;
import io.hearth.interactions.InteractionFinder;
import io.hearth.interactions.InteractionLog;
import io.hearth.interactions.InteractionType;
import io.hearth.interactions.InteractionView;
import io.hearth.platform.ApiException;
import io.hearth.platform.SearchedPage;
import io.hearth.sites.ActiveSite;
import io.hearth.sites.SiteAccess;
import io.hearth.sites.SiteRole;
import io.hearth.support.ControllerSliceTest;
import io.hearth.support.PageUsers;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The interaction pages alone: the finder as a page and as its htmx fragment, what a
 * viewer is offered against an editor, times shown and typed in the interaction's own
 * zone, and a refused form shown again with its messages and values.
 */
@ControllerSliceTest({ InteractionPages.class, InteractionFormPages.class })
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

	@Test
	void localTimesAreReadInTheChosenZone() throws Exception {
		ActiveSite site = as(SiteRole.EDITOR);
		UUID id = UUID.randomUUID();
		Instant start = Instant.parse("2026-07-01T08:30:00Z");
		given(this.log.create(eq(site), any()))
			.willReturn(new InteractionView(id, SITE, "HQ", "Call", InteractionType.values()[0], "ACME", start, null,
					"Europe/Rome", null, null, null, USER, "ann", start, USER, "ann", start, 0));
		this.mvc
			.perform(post("/interactions").param("site", SITE.toString())
				.param("title", "Call")
				.param("type", "Call")
				.param("lead", "ACME")
				.param("start_at", "2026-07-01T10:30")
				.param("timezone", "Europe/Rome")
				.with(PageUsers.signedIn(USER))
				.with(csrf()))
			.andExpect(redirectedUrl("/interactions/" + id + "?site=" + SITE));
		ArgumentCaptor<JsonNode> body = ArgumentCaptor.forClass(JsonNode.class);
		verify(this.log).create(eq(site), body.capture());
		assertThat(body.getValue().get("start_at").asString()).isEqualTo("2026-07-01T10:30+02:00");
		assertThat(body.getValue().has("end_at")).isFalse();
	}

	@Test
	void aRefusedFormComesBackWithItsMessagesAndValues() throws Exception {
		ActiveSite site = as(SiteRole.EDITOR);
		given(this.log.create(eq(site), any())).willThrow(ApiException.invalid("lead", "must not be blank"));
		String page = this.mvc
			.perform(post("/interactions").param("site", SITE.toString())
				.param("title", "Visit to the plant")
				.param("start_at", "2026-07-01T10:30")
				.param("timezone", "Asia/Tokyo")
				.with(PageUsers.signedIn(USER))
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("must not be blank", "value=\"Visit to the plant\"", "value=\"2026-07-01T10:30\"",
				"value=\"Asia/Tokyo\" selected=\"selected\"");
	}

	@Test
	void aViewerIsRefusedTheFormPage() throws Exception {
		ActiveSite viewer = as(SiteRole.VIEWER);
		assertThat(viewer.allows(SiteRole.EDITOR)).isFalse();
		this.mvc.perform(get("/interactions/new").param("site", SITE.toString()).with(PageUsers.signedIn(USER)))
			.andExpect(status().isForbidden());
	}

	private ActiveSite as(SiteRole role) {
		ActiveSite site = new ActiveSite(SITE, "HQ", role, USER, false);
		given(this.sites.resolve(any(Caller.class), eq(SITE.toString()))).willReturn(site);
		given(this.sites.mine(any(Caller.class))).willReturn(List.of(site));
		Instant start = Instant.parse("2026-12-03T09:30:00Z");
		InteractionView call = new InteractionView(UUID.randomUUID(), SITE, "HQ", "Quarterly call",
				InteractionType.values()[0], "ACME", start, null, "Europe/Rome", null, null, null, USER, "ann", start,
				USER, "ann", start, 0);
		given(this.finder.list(eq(site), any(), any(), any()))
			.willReturn(new SearchedPage<>(new PageImpl<>(List.of(call), PageRequest.of(0, 25), 1), false, List.of()));
		return site;
	}

	private String body(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.with(PageUsers.signedIn(USER)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
