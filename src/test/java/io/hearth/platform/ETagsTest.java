package io.hearth.platform;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ETagsTest {

	@Test
	void shouldPassWhenIfMatchIsAbsentWildcardOrListsTheCurrentTag() {
		assertThatCode(() -> ETags.requireMatch(null, 3)).doesNotThrowAnyException();
		assertThatCode(() -> ETags.requireMatch("*", 3)).doesNotThrowAnyException();
		assertThatCode(() -> ETags.requireMatch("\"2\", \"3\"", 3)).doesNotThrowAnyException();
	}

	@Test
	void shouldFailWith412OnAStaleOrWeakTag() {
		assertThatThrownBy(() -> ETags.requireMatch("\"2\"", 3)).isInstanceOfSatisfying(ApiException.class,
				(ex) -> org.assertj.core.api.Assertions.assertThat(ex.status().value()).isEqualTo(412));
		assertThatThrownBy(() -> ETags.requireMatch("W/\"3\"", 3)).isInstanceOf(ApiException.class);
	}

}
