package io.hearth.collections;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import io.hearth.platform.ApiException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The item aggregate's own rules for its links and photos, without Spring. */
class ItemTest {

	private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

	private final Item item = new Item(UUID.randomUUID(), UUID.randomUUID(), "Box", null, Map.of(), java.util.List.of(),
			NOW);

	@Test
	void shouldMakeTheFirstPhotoPrimaryAndOnlyTheFirst() {
		ItemParts.Photo first = this.item.addPhoto(UUID.randomUUID(), NOW);
		ItemParts.Photo second = this.item.addPhoto(UUID.randomUUID(), NOW);
		assertThat(first.primary()).isTrue();
		assertThat(second.primary()).isFalse();
		assertThat(this.item.photoCount()).isEqualTo(2);
	}

	@Test
	void shouldMoveThePrimaryMarkToTheNextPhotoWhenThePrimaryIsRemoved() {
		UUID firstFile = UUID.randomUUID();
		ItemParts.Photo first = this.item.addPhoto(firstFile, NOW);
		ItemParts.Photo second = this.item.addPhoto(UUID.randomUUID(), NOW);
		assertThat(this.item.removePhoto(first.id(), NOW.plusSeconds(1))).isEqualTo(firstFile);
		assertThat(second.primary()).isTrue();
		assertThat(this.item.photoCount()).isEqualTo(1);
		assertThat(this.item.updatedAt()).isEqualTo(NOW.plusSeconds(1));
	}

	@Test
	void shouldKeepOnePrimaryPhotoAtMostAndAllowNone() {
		ItemParts.Photo first = this.item.addPhoto(UUID.randomUUID(), NOW);
		ItemParts.Photo second = this.item.addPhoto(UUID.randomUUID(), NOW);
		this.item.markPrimary(second.id(), true);
		assertThat(first.primary()).isFalse();
		assertThat(second.primary()).isTrue();
		this.item.markPrimary(second.id(), false);
		assertThat(first.primary()).isFalse();
		assertThat(second.primary()).isFalse();
	}

	@Test
	void shouldRefusePhotosBeyondTheLimitBeforeAnyIsAdded() {
		for (int i = 0; i < Item.MAX_PHOTOS - 1; i++) {
			this.item.addPhoto(UUID.randomUUID(), NOW);
		}
		assertThatThrownBy(() -> this.item.requirePhotoRoom(2)).isInstanceOfSatisfying(ApiException.class,
				(ex) -> assertThat(ex.errors()).containsEntry("photos",
						java.util.List.of("an item has at most 20 photos")));
		this.item.addPhoto(UUID.randomUUID(), NOW);
		assertThatThrownBy(() -> this.item.addPhoto(UUID.randomUUID(), NOW)).isInstanceOf(ApiException.class);
		assertThat(this.item.photoCount()).isEqualTo(Item.MAX_PHOTOS);
	}

	@Test
	void shouldRefuseTheLinkAfterTheLimitWithAConflict() {
		for (int i = 0; i < Item.MAX_URLS; i++) {
			this.item.addLink("https://example.com/" + i, null, NOW);
		}
		assertThatThrownBy(() -> this.item.addLink("https://example.com/more", null, NOW))
			.isInstanceOfSatisfying(ApiException.class, (ex) -> assertThat(ex.code()).isEqualTo("TOO_MANY_URLS"));
		assertThat(this.item.urlCount()).isEqualTo(Item.MAX_URLS);
	}

	@Test
	void shouldAnswerNotFoundForAPartOfAnotherItem() {
		assertThatThrownBy(() -> this.item.removeLink(UUID.randomUUID(), NOW))
			.isInstanceOfSatisfying(ApiException.class, (ex) -> assertThat(ex.status().value()).isEqualTo(404));
		assertThatThrownBy(() -> this.item.removePhoto(UUID.randomUUID(), NOW)).isInstanceOf(ApiException.class);
	}

}
