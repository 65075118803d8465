package io.hearth.planning;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.hearth.identity.Caller;
import io.hearth.platform.ApiException;
import io.hearth.platform.Envelope;
import io.hearth.platform.Idempotency;
import io.hearth.platform.PageQuery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Analyses: reads from {@link AnalysisReads}, writes through {@link AnalysisWrites}, the
 * progress stream from {@link ProgressStreams}.
 */
@RestController
@RequestMapping("/api/v1/planning")
@Tag(name = "Planning", description = "Business-idea analyses written by the AI model, tab by tab")
class PlanningController {

	private static final String TABS = "overview, market, business, technical, financial or strategy";

	private final AnalysisReads reads;

	private final AnalysisWrites writes;

	private final ProgressStreams streams;

	private final Credits credits;

	private final Idempotency idempotency;

	private final tools.jackson.databind.json.JsonMapper json;

	PlanningController(AnalysisReads reads, AnalysisWrites writes, ProgressStreams streams, Credits credits,
			Idempotency idempotency, tools.jackson.databind.json.JsonMapper json) {
		this.idempotency = idempotency;
		this.json = json;
		this.reads = reads;
		this.writes = writes;
		this.streams = streams;
		this.credits = credits;
	}

	@PostMapping("/analyses")
	@Operation(summary = "Start an analysis",
			description = "Its tabs are written in the background (free: overview and market; premium: all six). A premium one holds its credits now (402 INSUFFICIENT_CREDITS when short), spends them when every tab is ready and gives them back if one fails; 503 AI_UNAVAILABLE when no AI provider is configured.")
	ResponseEntity<Envelope<PlanningViews.AnalysisView>> create(Caller caller, @Valid @RequestBody AnalysisRequest body,
			@Parameter(
					description = "Optional; the same key and body replay the first answer for 24 h (no second hold), another body with it is 422") @RequestHeader(
							name = Idempotency.HEADER, required = false) @Nullable String key) {
		return this.idempotency.once(caller.id(), key, "POST /analyses " + this.json.writeValueAsString(body), () -> {
			AnalysisWrites.Created created = this.writes.create(caller, body);
			return ResponseEntity.created(URI.create("/api/v1/planning/analyses/" + created.analysis().id()))
				.body(Envelope.of(this.reads.view(created.analysis(), created.tabs())));
		});
	}

	@GetMapping("/analyses")
	@Operation(summary = "Your analyses (every user's for an admin)",
			description = "Numbered pages (page, per_page, sort) or keyset pages (cursor, newest first).")
	Envelope<List<PlanningViews.AnalysisSummary>> list(Caller caller, PageQuery paging, @Parameter(
			description = "Word-prefix search in the idea, industry, market and place: every word must start a word (\"cof sho\" finds \"coffee shop\"); accents and case do not matter; at most 8 words. Without another sort, analyses whose title matches come first.") @RequestParam(
					required = false) @Nullable String q,
			@Parameter(schema = @Schema(allowableValues = { "generating", "ready", "failed" })) @RequestParam(
					required = false) @Nullable String status,
			@Parameter(schema = @Schema(allowableValues = { "free", "premium" })) @RequestParam(
					required = false) @Nullable String tier,
			@Parameter(
					description = "created_at, updated_at, title, '-' for descending; with q also relevance (the default with q; otherwise -created_at)") @RequestParam(
							required = false) @Nullable String sort) {
		AnalysisReads.Filters filters = AnalysisReads.Filters.parse(q, status, tier);
		if (paging.keyset()) {
			if (sort != null && !sort.equals("-created_at")) {
				throw ApiException.invalid("sort", "cursor paging is newest first; use page for other orders");
			}
			return Envelope.cursor(this.reads.scroll(caller, filters, paging));
		}
		return Envelope.page(this.reads.list(caller, filters, paging, sort));
	}

	@GetMapping("/analyses/{id}")
	@Operation(summary = "An analysis with the current revision of each tab")
	Envelope<PlanningViews.AnalysisView> get(Caller caller, @PathVariable UUID id) {
		return Envelope.of(this.reads.get(caller, id));
	}

	@DeleteMapping("/analyses/{id}")
	@Operation(summary = "Delete an analysis", description = "Credits still held for it are given back.")
	ResponseEntity<Void> delete(Caller caller, @PathVariable UUID id) {
		this.writes.delete(caller, id);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/analyses/{id}/tabs/{tab}")
	@Operation(summary = "Every revision of one tab, newest first")
	Envelope<List<PlanningViews.TabView>> revisions(Caller caller, @PathVariable UUID id,
			@Parameter(description = TABS) @PathVariable String tab) {
		return Envelope.of(this.reads.revisions(caller, id, tab(tab)));
	}

	@PostMapping("/analyses/{id}/tabs/{tab}/regenerate")
	@Operation(summary = "Write a tab again, as a new revision",
			description = "The feedback says what to change; the previous revision is kept. 409 TAB_GENERATING while the tab is being written; 403 PREMIUM_REQUIRED for a premium tab of a free analysis.")
	ResponseEntity<Envelope<PlanningViews.TabView>> regenerate(Caller caller, @PathVariable UUID id,
			@Parameter(description = TABS) @PathVariable String tab,
			@Valid @RequestBody(required = false) @Nullable Regenerate body) {
		TabRows.Row row = this.writes.regenerate(caller, id, tab(tab), (body != null) ? body.feedback() : null);
		return ResponseEntity.status(HttpStatus.ACCEPTED).body(Envelope.of(this.reads.tabView(row)));
	}

	@GetMapping(path = "/analyses/{id}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	@Operation(summary = "The analysis' progress as Server-Sent Events",
			description = "First a snapshot event (the analysis now), then tab (a tab's status), text (a tab's text as the model writes it) and analysis (its status) events, each with an id; after the analysis is ready or failed, done, and the stream ends. Reconnect with Last-Event-ID to resume. A comment every 15 s keeps idle connections open. 503 TOO_MANY_STREAMS when this instance holds HEARTH_PLANNING_MAX_STREAMS streams already.")
	SseEmitter events(Caller caller, @PathVariable UUID id,
			@RequestHeader(name = "Last-Event-ID", required = false) @Nullable String lastEventId) {
		long seq = this.reads.progressSeq(caller, id);
		PlanningViews.AnalysisView snapshot = this.reads.get(caller, id);
		Long resume = null;
		if (lastEventId != null && lastEventId.matches("\\d{1,18}")) {
			resume = Long.parseLong(lastEventId);
		}
		return this.streams.open(id, snapshot, seq, resume, !snapshot.status().equals(Analysis.Status.GENERATING));
	}

	@GetMapping("/credits")
	@Operation(summary = "Your credits: available, held for analyses being written, and the newest 100 entries")
	Envelope<PlanningViews.CreditsView> credits(Caller caller) {
		Credits.Balance balance = this.credits.balance(caller.id());
		return Envelope.of(new PlanningViews.CreditsView(balance.available(), balance.held(), this.credits
			.entries(caller.id(), 100)
			.stream()
			.map((e) -> new PlanningViews.EntryView(e.id(), e.kind(), e.amount(), e.reference(), e.note(), e.at()))
			.toList()));
	}

	private static Tab tab(String value) {
		return Tab.parse(value).orElseThrow(() -> ApiException.notFound("Tab"));
	}

	/** What to change in the new revision. */
	record Regenerate(@Size(max = 2000) @Nullable String feedback) {
	}

}
