package io.hearth.interactions;

import java.time.Instant;
import java.util.UUID;

import io.hearth.audit.AuditTrail;
import io.hearth.identity.UserDirectory;
import io.hearth.sites.ActiveSite;
import io.hearth.sites.SiteAccess;
import io.hearth.sites.SiteRole;
import io.hearth.support.ControllerSliceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The interaction routes alone, over MockMvc with the use cases mocked: how HTTP maps to
 * them (active site, paging, status codes, Location, ETag, the envelope and the error
 * body). What the use cases do is tested in the module and system tests.
 */
@ControllerSliceTest(InteractionController.class)
class InteractionControllerSliceTest {

	private static final UUID USER = UUID.randomUUID();

	private static final ActiveSite SITE = new ActiveSite(UUID.randomUUID(), "Head office", SiteRole.EDITOR, USER,
			false);

	@Autowired
	MockMvc mvc;

	@MockitoBean
	InteractionFinder finder;

	@MockitoBean
	InteractionLog log;

	@MockitoBean
	SiteAccess sites;

	@MockitoBean
	UserDirectory users;

	@MockitoBean
	AuditTrail audit;

	@BeforeEach
	void activeSite() {
		given(this.sites.resolve(any(), isNull())).willReturn(SITE);
	}

	@Test
	void shouldAnswerACreatedInteractionWith201LocationAndTheEnvelope() throws Exception {
		InteractionView view = view();
		given(this.log.create(eq(SITE), any())).willReturn(view);
		this.mvc.perform(post("/api/v1/interactions").with(jwt().jwt((j) -> j.subject(USER.toString())))

			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\": \"Call\"}"))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", "/api/v1/interactions/" + view.id()))
			.andExpect(jsonPath("$.success").value(true))
			.andExpect(jsonPath("$.data.site_name").value("Head office"))
			.andExpect(jsonPath("$.data.start_at").value("2026-12-01T10:00:00Z"));
	}

	@Test
	void shouldTagOneInteractionWithItsVersionAsETag() throws Exception {
		InteractionView view = view();
		given(this.finder.get(SITE, view.id())).willReturn(view);
		this.mvc.perform(get("/api/v1/interactions/" + view.id()).with(jwt().jwt((j) -> j.subject(USER.toString()))))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"3\""));
	}

	@Test
	void shouldRefuseAnOversizedPageBeforeAnyUseCaseRuns() throws Exception {
		this.mvc.perform(get("/api/v1/interactions?per_page=101").with(jwt().jwt((j) -> j.subject(USER.toString()))))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
			.andExpect(jsonPath("$.errors.per_page").exists());
		verifyNoInteractions(this.finder);
	}

	@Test
	void shouldRefuseKeysetPagingWithAnotherOrder() throws Exception {
		this.mvc
			.perform(get("/api/v1/interactions?cursor=&sort=title").with(jwt().jwt((j) -> j.subject(USER.toString()))))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors.sort").exists());
		verifyNoInteractions(this.finder);
	}

	@Test
	void shouldAnswerADeleteWith204() throws Exception {
		UUID id = UUID.randomUUID();
		this.mvc.perform(delete("/api/v1/interactions/" + id).with(jwt().jwt((j) -> j.subject(USER.toString())))

			.header("If-Match", "\"2\"")).andExpect(status().isNoContent());
		org.mockito.Mockito.verify(this.log).delete(eq(SITE), eq(id), eq(new io.hearth.platform.IfMatch("\"2\"")));
	}

	private static InteractionView view() {
		Instant at = Instant.parse("2026-12-01T10:00:00Z");
		return new InteractionView(UUID.randomUUID(), SITE.siteId(), SITE.siteName(), "Call", InteractionType.CALL,
				"Ada", at, null, "UTC", null, null, null, USER, "Ada", at, USER, "Ada", at, 3);
	}

}
