package io.hearth.planning;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The six tabs of an analysis; a free analysis has the first two. */
enum Tab {

	OVERVIEW(true), MARKET(true), BUSINESS(false), TECHNICAL(false), FINANCIAL(false), STRATEGY(false);

	/** The version of every tab's schema and prompt; stored with each revision. */
	static final int SCHEMA_VERSION = 1;

	private final boolean free;

	Tab(boolean free) {
		this.free = free;
	}

	String value() {
		return name().toLowerCase(Locale.ROOT);
	}

	static List<Tab> of(Tier tier) {
		return Arrays.stream(values()).filter((tab) -> tier == Tier.PREMIUM || tab.free).toList();
	}

	static Optional<Tab> parse(String value) {
		return Arrays.stream(values()).filter((tab) -> tab.value().equals(value)).findFirst();
	}

	/** Free or premium: premium only through credits. */
	enum Tier {

		FREE, PREMIUM;

		String value() {
			return name().toLowerCase(Locale.ROOT);
		}

		static Optional<Tier> parse(String value) {
			return Arrays.stream(values()).filter((tier) -> tier.value().equals(value)).findFirst();
		}

	}

}
