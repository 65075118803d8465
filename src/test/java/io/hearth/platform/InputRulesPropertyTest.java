package io.hearth.platform;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Properties of the input rules over generated values: what the bounds accept is exactly
 * what fits, the text rule refuses exactly NUL and unpaired surrogates, and a cursor
 * decodes to what it encoded or is refused.
 */
class InputRulesPropertyTest {

	@Property
	void numbersFitExactlyWhenTheirDigitsAreWithinBounds(@ForAll("unscaled") long unscaled,
			@ForAll @IntRange(min = -40, max = 40) int scale) {
		BigDecimal number = BigDecimal.valueOf(unscaled, scale);
		BigDecimal plain = number.stripTrailingZeros();
		int fraction = Math.max(0, plain.scale());
		int integer = (plain.signum() == 0) ? 0 : Math.max(0, plain.precision() - plain.scale());
		assertThat(InputBounds.fits(number))
			.isEqualTo(integer <= InputBounds.INTEGER_DIGITS && fraction <= InputBounds.FRACTION_DIGITS);
	}

	@Provide
	Arbitrary<Long> unscaled() {
		return Arbitraries.longs();
	}

	@Property
	void hugeExponentsAreRefusedWithoutBeingPrinted(@ForAll @IntRange(min = 38, max = 999_999_999) int exponent) {
		assertThat(InputBounds.parse("1e" + exponent)).isNull();
		assertThat(InputBounds.parse("1e-" + exponent)).isNull();
	}

	@Property
	void textRuleRefusesExactlyNulAndUnpairedSurrogates(@ForAll("texts") String text) {
		boolean bad = text.indexOf(0) >= 0;
		for (int i = 0; i < text.length() && !bad; i++) {
			char c = text.charAt(i);
			if (Character.isHighSurrogate(c)) {
				bad = i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(++i));
			}
			else {
				bad = Character.isLowSurrogate(c);
			}
		}
		assertThat(Texts.problem(text) != null).isEqualTo(bad);
	}

	@Provide
	Arbitrary<String> texts() {
		return Arbitraries.strings()
			.withChars('a', 'é', '\u0000', '\ud83d', '\ude00', '\ud800', '\udfff', ' ')
			.ofMaxLength(12);
	}

	@Property
	void cursorsDecodeToWhatTheyEncoded(@ForAll @IntRange(min = 0, max = 2_000_000_000) int seconds) {
		Instant at = Instant.ofEpochSecond(seconds);
		UUID id = UUID.randomUUID();
		Cursors.Keyset keyset = Cursors.keyset(Cursors.encode(List.of(at.toString(), id.toString())));
		assertThat(keyset).isEqualTo(new Cursors.Keyset(at, id));
	}

	@Property
	void truncatedOrForgedCursorsAreRefused(@ForAll("cuts") int cut) {
		String cursor = Cursors.encode(List.of(Instant.EPOCH.toString(), UUID.randomUUID().toString()));
		assertThatThrownBy(() -> Cursors.keyset(cursor.substring(0, Math.min(cut, cursor.length() - 1))))
			.isInstanceOfSatisfying(ApiException.class, (ex) -> assertThat(ex.code()).isEqualTo("INVALID_CURSOR"));
		assertThatThrownBy(() -> Cursors.keyset(Cursors.encode(List.of("+999999999-01-01T00:00:00Z", "x"))))
			.isInstanceOf(ApiException.class);
	}

	@Provide
	Arbitrary<Integer> cuts() {
		return Arbitraries.integers().between(0, 60);
	}

}
