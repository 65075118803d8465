package io.hearth.platform;

import java.util.Random;

/**
 * Made-up but word-like text for demo data and benchmarks, with the skew of real text: a
 * few words are in a large share of the rows, most are rare (Zipf's law over
 * {@value #WORDS} words), so that search is measured against common and rare words alike.
 */
public final class DemoWords {

	static final int WORDS = 20_000;

	private static final String[] SYLLABLES = { "ka", "lo", "mi", "ne", "ru", "ta", "vo", "zi", "pe", "sa", "do", "li",
			"mo", "ga", "be", "tu", "ri", "fa", "no", "ke" };

	private final double[] cumulative = new double[WORDS];

	private final Random random;

	/**
	 * @param seed the same seed gives the same text
	 */
	public DemoWords(long seed) {
		this.random = new Random(seed);
		double sum = 0;
		for (int rank = 0; rank < WORDS; rank++) {
			sum += 1 / Math.pow(rank + 1, 1.1);
			this.cumulative[rank] = sum;
		}
		for (int rank = 0; rank < WORDS; rank++) {
			this.cumulative[rank] /= sum;
		}
	}

	/** {@code count} words drawn by frequency, separated by spaces. */
	public String sentence(int count) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < count; i++) {
			text.append((i > 0) ? " " : "").append(word(rank(this.random.nextDouble())));
		}
		return text.toString();
	}

	/** The word of a frequency rank: two to four syllables, distinct for every rank. */
	static String word(int rank) {
		StringBuilder word = new StringBuilder();
		int n = rank;
		do {
			word.append(SYLLABLES[n % SYLLABLES.length]);
			n /= SYLLABLES.length;
		}
		while (n > 0);
		if (word.length() < 4) {
			word.append("n");
		}
		return word.toString();
	}

	private int rank(double p) {
		int low = 0;
		int high = WORDS - 1;
		while (low < high) {
			int mid = (low + high) >>> 1;
			if (this.cumulative[mid] < p) {
				low = mid + 1;
			}
			else {
				high = mid;
			}
		}
		return low;
	}

}
