package io.hearth.collections;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.hearth.files.FileManagement;
import io.hearth.identity.UserDeleted;
import io.hearth.identity.UserProvisioning;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The collections module alone (files mocked): a deleted user's categories, items and
 * their parts go, other owners' stay.
 */
@ApplicationModuleTest
@ActiveProfiles("test")
class CollectionsModuleTest {

	@MockitoBean
	FileManagement files;

	@MockitoBean
	UserProvisioning provisioning;

	@Autowired
	Categories categories;

	@Autowired
	Items items;

	@Autowired
	ItemLinks links;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void shouldDeleteADeletedUsersCollectionWithItsParts(Scenario scenario) {
		UUID doomed = UUID.randomUUID();
		UUID kept = UUID.randomUUID();
		Item gone = item(doomed);
		Item stays = item(kept);

		scenario.publish(new UserDeleted(doomed, Instant.now()))
			.andWaitForStateChange(() -> this.items.existsById(gone.id()), (exists) -> !exists)
			.andVerify((exists) -> {
				assertThat(this.categories.findByOwnerIdOrderByNameKey(doomed)).isEmpty();
				assertThat(this.links.findByItemIdInOrderByPosition(List.of(gone.id()))).isEmpty();
				assertThat(this.items.existsById(stays.id())).isTrue();
				assertThat(this.links.findByItemIdInOrderByPosition(List.of(stays.id()))).hasSize(1);
			});
	}

	private Item item(UUID owner) {
		return this.transactions.execute((s) -> {
			Category category = this.categories.save(new Category(owner, "Boxes", null, List.of(), Instant.now()));
			Item item = this.items
				.save(new Item(owner, category.id(), "Box", null, Map.of(), List.of(), Instant.now()));
			item.addLink("https://example.com/box", null, Instant.now());
			return item;
		});
	}

}
