package io.hearth.planning;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import io.hearth.platform.Ids;
import io.hearth.platform.SearchTokens;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * A business idea and what was asked of the analysis: its input never changes after
 * creation (a regenerated tab is a new revision of that tab, not a new input). Its tabs
 * and progress are rows of their own, written by the jobs with compare-and-set
 * ({@link TabRows}); its status follows theirs.
 */
@Entity
@Table(name = "planning_analyses")
class Analysis {

	static final int TITLE_LENGTH = 120;

	@Id
	private UUID id;

	private UUID ownerId;

	private String title;

	private String idea;

	private String industry;

	private String targetMarket;

	private String country;

	private @Nullable String city;

	private @Nullable BigDecimal budgetMin;

	private @Nullable BigDecimal budgetMax;

	private @Nullable String budgetCurrency;

	private String language;

	private String tier;

	private String status;

	private long cost;

	private String searchTerms;

	private String nameTerms;

	private int searchVersion;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private @Nullable Long version;

	protected Analysis() {
		// for JPA
	}

	Analysis(UUID ownerId, AnalysisRequest request, Tab.Tier tier, long cost, Instant now) {
		this.id = Ids.newId();
		this.ownerId = ownerId;
		this.idea = request.idea().strip();
		this.title = title(this.idea);
		this.industry = request.industry().strip();
		this.targetMarket = request.targetMarket().strip();
		this.country = request.country().toUpperCase(Locale.ROOT);
		this.city = (request.city() == null || request.city().isBlank()) ? null : request.city().strip();
		if (request.budget() != null) {
			this.budgetMin = request.budget().min();
			this.budgetMax = request.budget().max();
			this.budgetCurrency = request.budget().currency().toUpperCase(Locale.ROOT);
		}
		this.language = request.language();
		this.tier = tier.value();
		this.status = Status.GENERATING;
		this.cost = cost;
		this.createdAt = now;
		this.updatedAt = now;
		reindex();
	}

	/** The first line of the idea, cut at a word. */
	static String title(String idea) {
		String line = idea.lines().map(String::strip).filter((l) -> !l.isEmpty()).findFirst().orElse(idea).strip();
		if (line.length() <= TITLE_LENGTH) {
			return line;
		}
		int cut = line.lastIndexOf(' ', TITLE_LENGTH - 1);
		return line.substring(0, (cut > TITLE_LENGTH / 2) ? cut : TITLE_LENGTH - 1).strip() + "…";
	}

	void reindex() {
		this.searchTerms = SearchTokens
			.joined(SearchTokens.terms(this.idea, this.industry, this.targetMarket, this.city, this.country));
		this.nameTerms = SearchTokens.joined(SearchTokens.terms(this.title));
		this.searchVersion = SearchTokens.VERSION;
	}

	UUID id() {
		return this.id;
	}

	UUID ownerId() {
		return this.ownerId;
	}

	String title() {
		return this.title;
	}

	String idea() {
		return this.idea;
	}

	String industry() {
		return this.industry;
	}

	String targetMarket() {
		return this.targetMarket;
	}

	String country() {
		return this.country;
	}

	@Nullable String city() {
		return this.city;
	}

	@Nullable BigDecimal budgetMin() {
		return this.budgetMin;
	}

	@Nullable BigDecimal budgetMax() {
		return this.budgetMax;
	}

	@Nullable String budgetCurrency() {
		return this.budgetCurrency;
	}

	String language() {
		return this.language;
	}

	Tab.Tier tier() {
		return Tab.Tier.parse(this.tier).orElseThrow();
	}

	boolean premium() {
		return tier() == Tab.Tier.PREMIUM;
	}

	String status() {
		return this.status;
	}

	long cost() {
		return this.cost;
	}

	Instant createdAt() {
		return this.createdAt;
	}

	Instant updatedAt() {
		return this.updatedAt;
	}

	long version() {
		return (this.version != null) ? this.version : 0;
	}

	java.util.List<String> searchTerms() {
		return SearchTokens.split(this.searchTerms);
	}

	java.util.List<String> nameTerms() {
		return SearchTokens.split(this.nameTerms);
	}

	/** Right to left: Arabic (and any other RTL language configured). */
	boolean rightToLeft() {
		return this.language.equals("ar") || this.language.equals("he") || this.language.equals("fa")
				|| this.language.equals("ur");
	}

	/** The analysis' status, from its current tabs'. */
	static final class Status {

		/** A tab is queued or being written. */
		static final String GENERATING = "generating";

		/** Every current tab is ready. */
		static final String READY = "ready";

		/** None is still running and at least one failed. */
		static final String FAILED = "failed";

		private Status() {
		}

	}

}
