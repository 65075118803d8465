package io.hearth.platform;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The tokenizer every database's search relies on, and the suggestion distance. */
class SearchTokensTest {

	@Test
	void shouldFoldAccentsCaseAndCompatibilityForms() {
		assertThat(SearchTokens.tokens("Crème BRÛLÉE ﬁne Ｆｕｌｌ")).containsExactly("creme", "brulee", "fine", "full");
	}

	@Test
	void shouldSplitOnAnythingButLettersAndDigitsAndDropLoneLetters() {
		assertThat(SearchTokens.tokens("USB-B cable, type b; 5 V / 2.4A")).containsExactly("usb", "cable", "type", "5",
				"2", "4a");
		assertThat(SearchTokens.tokens("   ")).isEmpty();
	}

	@Test
	void shouldIndexDistinctTermsOnlyAndCutLongOnes() {
		assertThat(SearchTokens.terms("red box", "Red BOX red")).containsExactly("red", "box");
		assertThat(SearchTokens.terms("x".repeat(100)).get(0)).hasSize(SearchTokens.MAX_TOKEN_LENGTH);
		assertThat(SearchTokens.joined(List.of("a1", "b2"))).isEqualTo(" a1 b2 ");
		assertThat(SearchTokens.split(SearchTokens.joined(List.of("a1", "b2")))).containsExactly("a1", "b2");
		assertThat(SearchTokens.split(null)).isEmpty();
	}

	@Test
	void shouldRefuseMoreThanEightWordsAndIgnoreAQueryWithoutWords() {
		assertThat(SearchTokens.query("one two three four five six seven eight")).isPresent();
		assertThatThrownBy(() -> SearchTokens.query("one two three four five six seven eight nine"))
			.isInstanceOfSatisfying(ApiException.class, (ex) -> assertThat(ex.errors()).containsKey("q"));
		assertThat(SearchTokens.query("!!! ?")).isEmpty();
		assertThat(SearchTokens.query("usb usb USB").get().tokens()).containsExactly("usb");
	}

	@Test
	void shouldAskPostgresForEveryTokenAsAPrefix() {
		assertThat(SearchTokens.query("usb b cable").get().tsquery()).isEqualTo("usb:* & cable:*");
	}

	@Test
	void shouldCountOneInsertionDeletionSubstitutionOrSwapAsOneEdit() {
		assertThat(SearchVocabulary.oneEditApart("cable", "cabel")).isTrue();
		assertThat(SearchVocabulary.oneEditApart("cable", "cables")).isTrue();
		assertThat(SearchVocabulary.oneEditApart("cable", "able")).isTrue();
		assertThat(SearchVocabulary.oneEditApart("cable", "table")).isTrue();
		assertThat(SearchVocabulary.oneEditApart("cable", "cable")).isFalse();
		assertThat(SearchVocabulary.oneEditApart("cable", "tabel")).isFalse();
		assertThat(SearchVocabulary.oneEditApart("cable", "ca")).isFalse();
	}

	@Test
	void shouldLookUpExactlyTheWordsOneEditAway() {
		assertThat(SearchVocabulary.variants("cabel")).contains("cable", "label", "cabe", "acbel")
			.doesNotContain("cabel", "cabelx", "tabel1")
			.allSatisfy((variant) -> assertThat(SearchVocabulary.oneEditApart("cabel", variant)).isTrue());
	}

}
