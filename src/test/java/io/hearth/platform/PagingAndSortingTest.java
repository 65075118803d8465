package io.hearth.platform;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.data.domain.Sort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PagingAndSortingTest {

	private final SortParameter sort = SortParameter.allow(Map.of("name", "name", "created_at", "createdAt"),
			Sort.by("createdAt"));

	@Test
	void shouldMapAllowedKeysToPropertiesWithDirection() {
		assertThat(this.sort.parse("-created_at,name"))
			.isEqualTo(Sort.by(Sort.Order.desc("createdAt"), Sort.Order.asc("name")));
		assertThat(this.sort.parse(null)).isEqualTo(Sort.by("createdAt"));
	}

	@Test
	void shouldBreakTiesByIdInTheDirectionOfTheLastKey() {
		assertThat(this.sort.parse("-created_at", "id"))
			.isEqualTo(Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id")));
		assertThat(this.sort.parse("name", "id")).isEqualTo(Sort.by(Sort.Order.asc("name"), Sort.Order.asc("id")));
	}

	@Test
	void shouldRefuseUnknownAndRepeatedKeysNamingTheAllowedOnes() {
		assertThatThrownBy(() -> this.sort.parse("password")).isInstanceOfSatisfying(ApiException.class,
				(ex) -> assertThat(ex.errors().get("sort").get(0)).contains("allowed: "));
		assertThatThrownBy(() -> this.sort.parse("name,-name")).isInstanceOf(ApiException.class);
	}

	@Test
	void shouldRoundTripCursorsAndRefuseForgedOnes() {
		String cursor = Cursors.encode(List.of("2026-01-01T00:00:00Z", "abc"));
		assertThat(Cursors.decode(cursor, 2)).containsExactly("2026-01-01T00:00:00Z", "abc");
		assertThatThrownBy(() -> Cursors.decode(cursor, 3)).isInstanceOf(ApiException.class);
		assertThatThrownBy(() -> Cursors.decode("%%%", 2)).isInstanceOf(ApiException.class);
		assertThatThrownBy(() -> Cursors.decode("W1tdXQ", 2)).isInstanceOf(ApiException.class);
	}

	@Test
	void shouldBuildTheNextCursorOnlyWhenAnotherRowWasFetched() {
		CursorPage<Integer> last = CursorPage.of(List.of(1, 2), 2, (i) -> List.of(i.toString()));
		assertThat(last.nextCursor()).isNull();
		CursorPage<Integer> more = CursorPage.of(List.of(1, 2, 3), 2, (i) -> List.of(i.toString()));
		assertThat(more.items()).containsExactly(1, 2);
		assertThat(Cursors.decode(more.nextCursor(), 1)).containsExactly("2");
	}

}
