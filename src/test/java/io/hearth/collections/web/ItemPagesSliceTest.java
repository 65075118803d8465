package io.hearth.collections.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.hearth.collections.CategoryBook;
import io.hearth.collections.CollectionViews;
import io.hearth.collections.FieldDefinition;
import io.hearth.collections.ItemCatalog;
import io.hearth.collections.ItemFinder;
import io.hearth.identity.Caller;
import io.hearth.platform.ApiException;
import io.hearth.platform.SearchedPage;
import io.hearth.sites.SiteAccess;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The collection pages alone: the gallery as a page and as the fragment htmx swaps in,
 * the form generated from a category's fields, a refused form shown again with its
 * messages and values, the form's inputs reaching the use case as the API's body, and an
 * item's links and photos.
 */
@ControllerSliceTest({ ItemPages.class, ItemPartsPages.class })
class ItemPagesSliceTest {

	private static final UUID OWNER = UUID.randomUUID();

	private static final UUID CATEGORY = UUID.randomUUID();

	@Autowired
	MockMvc mvc;

	@MockitoBean
	ItemFinder finder;

	@MockitoBean
	ItemCatalog catalog;

	@MockitoBean
	CategoryBook categories;

	@MockitoBean
	SiteAccess sites;

	@Test
	void theGalleryIsAWholePageAndOnlyItsResultsForHtmx() throws Exception {
		given(this.finder.list(any(Caller.class), any(), any(), any())).willReturn(found(item("Brass lamp")));
		given(this.categories.list(any(Caller.class), any(), any(), any()))
			.willReturn(new PageImpl<>(List.of(category())));
		String page = this.mvc.perform(get("/collections").param("q", "lamp").with(PageUsers.signedIn(OWNER)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("<html", "<nav", "Brass lamp", "value=\"lamp\"", "Parts");
		String fragment = this.mvc
			.perform(
					get("/collections").param("q", "lamp").header("HX-Request", "true").with(PageUsers.signedIn(OWNER)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(fragment).contains("id=\"results\"", "Brass lamp").doesNotContain("<html", "<nav");
	}

	@Test
	void theFormHasOneInputPerFieldOfTheCategory() throws Exception {
		given(this.categories.list(any(Caller.class), any(), any(), any()))
			.willReturn(new PageImpl<>(List.of(category())));
		given(this.categories.get(any(Caller.class), eq(CATEGORY))).willReturn(category());
		String form = this.mvc
			.perform(get("/collections/items/new").param("category_id", CATEGORY.toString())
				.with(PageUsers.signedIn(OWNER)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(form).contains("name=\"values.power\"", "type=\"number\"", "name=\"values.kind\"",
				"<option value=\"res\">Resistor</option>", "name=\"values.smd\"", "type=\"checkbox\"");
	}

	@Test
	void aRefusedFormIsShownAgainWithTheMessageAtItsFieldAndTheValuesKept() throws Exception {
		given(this.categories.get(any(Caller.class), eq(CATEGORY))).willReturn(category());
		given(this.categories.list(any(Caller.class), any(), any(), any()))
			.willReturn(new PageImpl<>(List.of(category())));
		given(this.catalog.create(any(Caller.class), any(), anyList()))
			.willThrow(ApiException.invalid(Map.of("values.power", List.of("must be a number"))));
		String again = this.mvc
			.perform(post("/collections/items").with(PageUsers.signedIn(OWNER))
				.with(csrf())
				.param("category_id", CATEGORY.toString())
				.param("name", "Resistor")
				.param("values.power", "a lot"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(again).contains("id=\"values.power-error\"", "must be a number", "value=\"a lot\"",
				"value=\"Resistor\"", "aria-invalid=\"true\"");
	}

	@Test
	void theFormReachesTheUseCaseAsTheApisBody() throws Exception {
		given(this.categories.get(any(Caller.class), eq(CATEGORY))).willReturn(category());
		CollectionViews.ItemView created = item("Resistor");
		given(this.catalog.create(any(Caller.class), any(), anyList())).willReturn(created);
		this.mvc
			.perform(post("/collections/items").with(PageUsers.signedIn(OWNER))
				.with(csrf())
				.param("category_id", CATEGORY.toString())
				.param("name", "Resistor")
				.param("values.power", "0.25")
				.param("values.kind", "res")
				.param("values.smd", "true"))
			.andExpect(redirectedUrl("/collections/items/" + created.id()));
		ArgumentCaptor<JsonNode> body = ArgumentCaptor.forClass(JsonNode.class);
		verify(this.catalog).create(any(Caller.class), body.capture(), anyList());
		assertThat(body.getValue().at("/values/power").decimalValue()).isEqualByComparingTo("0.25");
		assertThat(body.getValue().at("/values/kind").asString()).isEqualTo("res");
		assertThat(body.getValue().at("/values/smd").asBoolean()).isTrue();
		assertThat(body.getValue().at("/category_id").asString()).isEqualTo(CATEGORY.toString());
	}

	@Test
	void aNumberTooLongToBeOneReachesTheUseCaseAsTypedNotParsed() throws Exception {
		// parsing is quadratic in the digits: a megabyte of them took 13 s of CPU
		given(this.categories.get(any(Caller.class), eq(CATEGORY))).willReturn(category());
		given(this.catalog.create(any(Caller.class), any(), anyList())).willReturn(item("Resistor"));
		String digits = "9".repeat(100_000);
		this.mvc.perform(post("/collections/items").with(PageUsers.signedIn(OWNER))
			.with(csrf())
			.param("category_id", CATEGORY.toString())
			.param("name", "Resistor")
			.param("values.power", digits));
		ArgumentCaptor<JsonNode> body = ArgumentCaptor.forClass(JsonNode.class);
		verify(this.catalog).create(any(Caller.class), body.capture(), anyList());
		assertThat(body.getValue().at("/values/power").isString()).isTrue();
		assertThat(body.getValue().at("/values/power").asString()).hasSize(100_000);
	}

	@Test
	void aFormWithoutItsCsrfTokenNeverReachesTheUseCase() throws Exception {
		// MockMvc has no error dispatch: the 403 page itself is PageSessionSystemTest's
		this.mvc.perform(post("/collections/items").with(PageUsers.signedIn(OWNER)).param("name", "Resistor"))
			.andExpect(status().isForbidden());
		verifyNoInteractions(this.catalog);
	}

	@Test
	void someoneElsesItemIsTheNotFoundPage() throws Exception {
		UUID id = UUID.randomUUID();
		given(this.finder.get(any(Caller.class), eq(id))).willThrow(ApiException.notFound("Item"));
		this.mvc.perform(get("/collections/items/" + id).with(PageUsers.signedIn(OWNER)))
			.andExpect(status().isNotFound())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Page not found")));
	}

	@Test
	void aSearchPastItsTimeBoundIsTheBackShortlyPage() throws Exception {
		given(this.finder.list(any(Caller.class), any(), any(), any()))
			.willThrow(new jakarta.persistence.QueryTimeoutException("statement timeout"));
		this.mvc.perform(get("/collections").param("q", "common words").with(PageUsers.signedIn(OWNER)))
			.andExpect(status().isServiceUnavailable())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Back shortly")));
	}

	@Test
	void thePagerKeepsTheSearchFilterAndOrderAndEncodesWhatWasTyped() throws Exception {
		CollectionViews.ItemView lamp = item("Brass lamp");
		given(this.finder.list(any(Caller.class), any(), any(), any())).willReturn(
				new SearchedPage<>(new PageImpl<>(List.of(lamp), PageRequest.of(1, 24), 100), false, List.of()));
		given(this.categories.list(any(Caller.class), any(), any(), any()))
			.willReturn(new PageImpl<>(List.of(category())));
		String page = this.mvc
			.perform(get("/collections").param("q", "lamp {x}&\"")
				.param("category_id", CATEGORY.toString())
				.param("sort", "name")
				.param("page", "2")
				.with(PageUsers.signedIn(OWNER)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Page 2 of 5",
				"href=\"/collections?q=lamp%20%7Bx%7D%26%22&amp;category_id=" + CATEGORY
						+ "&amp;sort=name&amp;page=1\"",
				"href=\"/collections?q=lamp%20%7Bx%7D%26%22&amp;category_id=" + CATEGORY
						+ "&amp;sort=name&amp;page=3\"");
	}

	@Test
	void aRefusedLinkIsShownNextToTheLinkFieldWithWhatWasTyped() throws Exception {
		CollectionViews.ItemView lamp = item("Brass lamp");
		given(this.finder.get(any(Caller.class), eq(lamp.id()))).willReturn(lamp);
		given(this.categories.get(any(Caller.class), eq(CATEGORY))).willReturn(category());
		given(this.catalog.addUrl(any(Caller.class), eq(lamp.id()), eq("ftp://x"), eq(null)))
			.willThrow(ApiException.invalid("url", "must be an http or https address"));
		String page = this.mvc
			.perform(post("/collections/items/" + lamp.id() + "/links").with(PageUsers.signedIn(OWNER))
				.with(csrf())
				.param("url", " ftp://x ")
				.param("label", ""))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("<html", "Brass lamp", "must be an http or https address", "value=\" ftp://x \"");
	}

	@Test
	void photosPostedByHtmxAnswerOnlyThePhotoListAndWithoutJsTheItemPage() throws Exception {
		CollectionViews.ItemView lamp = item("Brass lamp");
		given(this.finder.get(any(Caller.class), eq(lamp.id()))).willReturn(lamp);
		org.springframework.mock.web.MockMultipartFile photo = new org.springframework.mock.web.MockMultipartFile(
				"photos", "lamp.png", "image/png", new byte[] { 1, 2, 3 });
		String fragment = this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.multipart("/collections/items/" + lamp.id() + "/photos")
				.file(photo)
				.header("HX-Request", "true")
				.with(PageUsers.signedIn(OWNER))
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(fragment).contains("id=\"photos\"").doesNotContain("<html");
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.multipart("/collections/items/" + lamp.id() + "/photos")
				.file(photo)
				.with(PageUsers.signedIn(OWNER))
				.with(csrf()))
			.andExpect(redirectedUrl("/collections/items/" + lamp.id()));
		verify(this.catalog, org.mockito.Mockito.times(2)).addPhotos(any(Caller.class), eq(lamp.id()), anyList());
	}

	private static CollectionViews.CategoryView category() {
		Instant at = Instant.parse("2026-12-01T10:00:00Z");
		List<FieldDefinition> fields = List.of(
				new FieldDefinition("power", "Power", FieldDefinition.Type.NUMBER, false, null, 0, null,
						BigDecimal.ZERO, null, null, null),
				new FieldDefinition("kind", "Kind", FieldDefinition.Type.SELECT, false, null, 1, null, null, null, null,
						List.of(new FieldDefinition.Option("res", "Resistor"))),
				new FieldDefinition("smd", "Surface mount", FieldDefinition.Type.BOOLEAN, false, null, 2, null, null,
						null, null, null));
		return new CollectionViews.CategoryView(CATEGORY, "Parts", null, fields, 1, at, at, 0);
	}

	private static CollectionViews.ItemView item(String name) {
		Instant at = Instant.parse("2026-12-01T10:00:00Z");
		return new CollectionViews.ItemView(UUID.randomUUID(), CATEGORY, "Parts", name, "A lamp", Map.of(), List.of(),
				List.of(), List.of(), null, at, at, 0);
	}

	private static SearchedPage<CollectionViews.ItemView> found(CollectionViews.ItemView... items) {
		return new SearchedPage<>(new PageImpl<>(List.of(items), PageRequest.of(0, 24), items.length), false,
				List.of());
	}

}
