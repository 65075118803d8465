package io.hearth.planning;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/** What the planning API answers. */
final class PlanningViews {

	private PlanningViews() {
	}

	/**
	 * An analysis with the current revision of each of its tabs.
	 *
	 * @param direction {@code rtl} for Arabic reports, else {@code ltr}
	 */
	record AnalysisView(UUID id, String title, String idea, String industry, String targetMarket, String country,
			@Nullable String city, @Nullable Budget budget, String language, String direction,
			@Schema(allowableValues = {
					"free", "premium" }) String tier,
			@Schema(allowableValues = { "generating", "ready", "failed" }) String status, long cost, List<TabView> tabs,
			Instant createdAt, Instant updatedAt){
	}

	/** An analysis behind a share link: what it says, not whose it is. */
	record SharedView(String title, String idea, String industry, String targetMarket, String country,
			@Nullable String city, String language, String direction, List<TabView> tabs, Instant createdAt) {
	}

	record Budget(BigDecimal min, BigDecimal max, String currency) {
	}

	/**
	 * One revision of a tab.
	 *
	 * @param content the tab as its schema describes it, once ready (a JSON object)
	 * @param feedback what the regeneration that made this revision was asked to change
	 */
	record TabView(String tab, int revision, @Schema(allowableValues = {
			"queued", "generating", "ready", "failed" }) String status,
			@Schema(description = "The tab as its schema describes it (a JSON object)") @Nullable Object content,
			int schemaVersion, @Nullable String model, long inputTokens, long outputTokens, @Nullable Long durationMs,
			@Nullable String error, @Nullable String feedback, Instant updatedAt){
	}

	/** An analysis in a list: its tabs' states without their content. */
	record AnalysisSummary(UUID id, String title, String industry, String country, String language, String tier,
			String status, List<TabState> tabs, Instant createdAt, Instant updatedAt) {
	}

	record TabState(String tab, int revision, String status) {
	}

	/** A user's credits: what they can spend, what is held, and the newest entries. */
	record CreditsView(long available, long held, List<EntryView> entries) {
	}

	record EntryView(UUID id, @Schema(allowableValues = {
			"purchase", "grant", "hold", "capture", "release", "refund", "adjustment" }) String kind, long amount,
			String reference, @Nullable String note, Instant createdAt){
	}

}
