package io.hearth.platform;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.jspecify.annotations.Nullable;

/**
 * The bounds every number and date from a client is held to, before it is compared,
 * divided, formatted into a message or sent to a database: {@code 1e-999999999} is four
 * bytes of JSON but a billion digits once printed, and year 999999999 is valid ISO-8601
 * that no database column takes.
 */
public final class InputBounds {

	/** Digits before the decimal point. */
	public static final int INTEGER_DIGITS = 27;

	/** Digits after the decimal point. */
	public static final int FRACTION_DIGITS = 10;

	public static final int MIN_YEAR = 1;

	public static final int MAX_YEAR = 9999;

	public static final String NUMBER_RULE = "must have at most " + INTEGER_DIGITS + " digits before and "
			+ FRACTION_DIGITS + " after the point";

	public static final String YEAR_RULE = "must be a date between the years " + MIN_YEAR + " and " + MAX_YEAR;

	private static final Instant FIRST_INSTANT = LocalDate.of(MIN_YEAR, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);

	private static final Instant AFTER_LAST_INSTANT = LocalDate.of(MAX_YEAR + 1, 1, 1)
		.atStartOfDay()
		.toInstant(ZoneOffset.UTC);

	private InputBounds() {
	}

	/**
	 * Whether the number fits; decided from precision and scale, never by printing it.
	 */
	public static boolean fits(BigDecimal number) {
		if (number.signum() == 0) {
			return true;
		}
		BigDecimal stripped = number.stripTrailingZeros();
		long integerDigits = (long) stripped.precision() - stripped.scale();
		return integerDigits <= INTEGER_DIGITS && stripped.scale() <= FRACTION_DIGITS;
	}

	/** The number, when the text is one that fits; {@code null} otherwise. */
	public static @Nullable BigDecimal parse(String text) {
		if (text.length() > 100) {
			return null;
		}
		try {
			BigDecimal number = new BigDecimal(text.strip());
			return fits(number) ? number : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	public static boolean fits(LocalDate date) {
		return date.getYear() >= MIN_YEAR && date.getYear() <= MAX_YEAR;
	}

	/**
	 * Decided on the epoch second: converting an instant near Instant.MAX to a date
	 * throws.
	 */
	public static boolean fits(Instant instant) {
		return !instant.isBefore(FIRST_INSTANT) && instant.isBefore(AFTER_LAST_INSTANT);
	}

}
