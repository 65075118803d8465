package io.hearth;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.hearth.client.ApiClient;
import io.hearth.client.ApiException;
import io.hearth.client.api.AuthApi;
import io.hearth.client.api.CollectionsApi;
import io.hearth.client.model.CategoryRequest;
import io.hearth.client.model.ItemRequest;
import io.hearth.client.model.ItemView;
import io.hearth.client.model.Login;
import io.hearth.support.ApiSystemTest;
import io.hearth.support.TestAccounts.Account;
import io.hearth.support.TestAccounts;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A Java client generated (openapi-generator, at build time) from the published OpenAPI
 * document, used as a client developer would: sign in, create a category and an item,
 * read, patch, and get a validation problem back. It compiles and works only if the
 * document describes the API as it is.
 */
class GeneratedClientSystemTest extends ApiSystemTest {

	@Test
	void shouldDriveTheApiThroughAClientGeneratedFromTheOpenApiDocument() throws Exception {
		Account user = this.accounts.create("user");
		ApiClient anonymous = new ApiClient().setHost("127.0.0.1").setPort(this.port).setScheme("http");
		String token = new AuthApi(anonymous).login(new Login().login(user.username()).password(TestAccounts.PASSWORD))
			.getData()
			.getAccessToken();
		ApiClient client = new ApiClient().setHost("127.0.0.1")
			.setPort(this.port)
			.setScheme("http")
			.setRequestInterceptor((request) -> request.header("Authorization", "Bearer " + token));
		// a merge patch sends only what it changes: null would clear a field (the
		// generated
		// model still always sends the fields the schema requires)
		client.getObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_NULL);
		CollectionsApi collections = new CollectionsApi(client);

		UUID category = collections.createCategory(new CategoryRequest().name("Stamps")).getData().getId();
		ItemView created = collections.createItemWithPhotos(new ItemRequest().name("Penny Black").categoryId(category))
			.getData();
		assertThat(created.getCategoryName()).isEqualTo("Stamps");
		ItemView read = collections.item(created.getId()).getData();
		assertThat(read.getName()).isEqualTo("Penny Black");
		ItemView patched = collections
			.patchItem(created.getId(), "\"" + read.getVersion() + "\"",
					new ItemRequest().name("Penny Red").categoryId(category))
			.getData();
		assertThat(patched.getName()).isEqualTo("Penny Red");
		assertThat(patched.getCategoryId()).isEqualTo(category);
		assertThat(collections.items(null, null, null, null, null, null, null).getData()).extracting(ItemView::getName)
			.containsExactly("Penny Red");
		assertThat(collections.items(null, "penny", category, false, 1, 10, null).getData())
			.extracting(ItemView::getName)
			.containsExactly("Penny Red");

		assertThatThrownBy(() -> collections.createItemWithPhotos(new ItemRequest().name("No category")))
			.isInstanceOfSatisfying(ApiException.class, (ex) -> {
				assertThat(ex.getCode()).isEqualTo(422);
				assertThat(ex.getResponseBody()).contains("\"category_id\"").contains("VALIDATION_FAILED");
			});
	}

}
