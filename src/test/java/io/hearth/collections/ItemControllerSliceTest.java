package io.hearth.collections;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.hearth.identity.Caller;
import io.hearth.sites.SiteAccess;
import io.hearth.support.ControllerSliceTest;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The item routes alone: how a multipart upload, paging and a photo flag reach the use
 * cases, and what is refused before them.
 */
@ControllerSliceTest(ItemController.class)
class ItemControllerSliceTest {

	private static final UUID OWNER = UUID.randomUUID();

	@Autowired
	MockMvc mvc;

	@MockitoBean
	ItemCatalog items;

	@MockitoBean
	ItemFinder finder;

	/** Every module's argument resolvers are in a slice; the sites one needs this. */
	@MockitoBean
	SiteAccess sites;

	@Test
	@SuppressWarnings("unchecked")
	void shouldPassEveryPhotoPartToTheUseCaseNamedByItsPosition() throws Exception {
		CollectionViews.ItemView view = view();
		given(this.items.create(any(), any(), any())).willReturn(view);
		this.mvc
			.perform(multipart("/api/v1/collections/items").file(data("{\"name\": \"Box\"}"))
				.file(new MockMultipartFile("photos", "a.png", "image/png", new byte[] { 1 }))
				.file(new MockMultipartFile("photos", "b.png", "image/png", new byte[] { 2 }))
				.with(owner()))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", "/api/v1/collections/items/" + view.id()));
		ArgumentCaptor<List<ItemCatalog.Upload>> uploads = ArgumentCaptor.forClass(List.class);
		verify(this.items).create(eq(new Caller(OWNER, io.hearth.identity.Role.USER)), any(), uploads.capture());
		assertThat(uploads.getValue()).extracting(ItemCatalog.Upload::field).containsExactly("photos[0]", "photos[1]");
		assertThat(uploads.getValue().get(1).content().open().readAllBytes()).containsExactly(2);
	}

	@Test
	void shouldRefuseAMultipartItemWithoutDataOrWithAnUnknownPart() throws Exception {
		this.mvc
			.perform(multipart("/api/v1/collections/items")
				.file(new MockMultipartFile("photos", "a.png", "image/png", new byte[] { 1 }))
				.with(owner()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors.data").exists());
		this.mvc
			.perform(multipart("/api/v1/collections/items").file(data("{}"))
				.file(new MockMultipartFile("avatar", "a.png", "image/png", new byte[] { 1 }))
				.with(owner()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors.avatar").exists());
		this.mvc.perform(multipart("/api/v1/collections/items").file(data("{not json")).with(owner()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"));
		verifyNoInteractions(this.items);
	}

	@Test
	void shouldRefuseAPageOutsideItsBoundsBeforeSearching() throws Exception {
		this.mvc.perform(get("/api/v1/collections/items?page=0").with(owner()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors.page").exists());
		verifyNoInteractions(this.finder);
	}

	@Test
	void shouldRequireTheFlagWhenMarkingAPhoto() throws Exception {
		UUID item = UUID.randomUUID();
		UUID photo = UUID.randomUUID();
		this.mvc
			.perform(patch("/api/v1/collections/items/" + item + "/photos/" + photo).with(owner())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors.is_primary").exists());
		verifyNoInteractions(this.items);
	}

	private static MockMultipartFile data(String json) {
		return new MockMultipartFile("data", "", "application/json", json.getBytes());
	}

	@Test
	void shouldAnswerASearchPastItsTimeBoundWith503AndRetryAfter() throws Exception {
		given(this.finder.list(any(Caller.class), any(), any(), any()))
			.willThrow(new jakarta.persistence.QueryTimeoutException("statement timeout"));
		this.mvc.perform(get("/api/v1/collections/items").param("q", "common words").with(owner()))
			.andExpect(status().isServiceUnavailable())
			.andExpect(header().string("Retry-After", "5"))
			.andExpect(jsonPath("$.code").value("QUERY_TIMEOUT"));
	}

	private static RequestPostProcessor owner() {
		return jwt().jwt((j) -> j.subject(OWNER.toString()));
	}

	private static CollectionViews.ItemView view() {
		Instant at = Instant.parse("2026-12-01T10:00:00Z");
		return new CollectionViews.ItemView(UUID.randomUUID(), UUID.randomUUID(), "Boxes", "Box", null, Map.of(),
				List.of(), List.of(), List.of(), null, at, at, 0);
	}

}
