package io.hearth.collections.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.hearth.collections.CategoryBook;
import io.hearth.collections.CategoryRequest;
import io.hearth.collections.CollectionViews;
import io.hearth.collections.FieldDefinition;
import io.hearth.identity.Caller;
import io.hearth.platform.IfMatch;
import io.hearth.sites.SiteAccess;
import io.hearth.support.ControllerSliceTest;
import io.hearth.support.PageUsers;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * The field editor alone: saving from it keeps what it does not show (a review found the
 * bounds and placeholder wiped), reorders by position, and reads a choice's value up to
 * its first ": ".
 */
@ControllerSliceTest(CategoryPages.class)
class CategoryPagesSliceTest {

	private static final UUID ID = UUID.randomUUID();

	@Autowired
	MockMvc mvc;

	@MockitoBean
	CategoryBook categories;

	@MockitoBean
	SiteAccess sites;

	@Test
	void savingFromTheEditorKeepsWhatItDoesNotShowAndReordersByPosition() throws Exception {
		FieldDefinition power = new FieldDefinition("power", "Power", FieldDefinition.Type.NUMBER, true, "watts", 0,
				null, BigDecimal.ZERO, BigDecimal.TEN, new BigDecimal("0.5"), null);
		Instant at = Instant.parse("2026-12-01T10:00:00Z");
		given(this.categories.get(any(Caller.class), eq(ID)))
			.willReturn(new CollectionViews.CategoryView(ID, "Parts", null, List.of(power), 0, at, at, 3));
		this.mvc
			.perform(post("/collections/categories/" + ID).with(PageUsers.signedIn())
				.with(csrf())
				.param("name", "Parts")
				.param("version", "3")
				.param("fields[0].key", "power")
				.param("fields[0].label", "Power (W)")
				.param("fields[0].type", "number")
				.param("fields[0].position", "2")
				.param("fields[1].key", "kind")
				.param("fields[1].label", "Kind")
				.param("fields[1].type", "select")
				.param("fields[1].options", "a:b: A colon value\nplain")
				.param("fields[1].position", "1"))
			.andExpect(redirectedUrl("/collections/categories"));
		ArgumentCaptor<CategoryRequest> saved = ArgumentCaptor.forClass(CategoryRequest.class);
		verify(this.categories).update(any(Caller.class), eq(ID), saved.capture(), anyBoolean(), any(IfMatch.class));
		List<FieldDefinition> fields = saved.getValue().fields();
		assertThat(fields).extracting(FieldDefinition::key).containsExactly("kind", "power");
		FieldDefinition kept = fields.get(1);
		assertThat(kept.label()).isEqualTo("Power (W)");
		assertThat(kept.placeholder()).isEqualTo("watts");
		assertThat(kept.min()).isEqualByComparingTo("0");
		assertThat(kept.max()).isEqualByComparingTo("10");
		assertThat(kept.step()).isEqualByComparingTo("0.5");
		assertThat(fields.get(0).options()).extracting(FieldDefinition.Option::value).containsExactly("a:b", "plain");
	}

}
