package io.hearth.planning;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.hearth.ai.AiModel;
import io.hearth.audit.AuditEvent;
import io.hearth.identity.Caller;
import io.hearth.jobs.Jobs;
import io.hearth.platform.ApiException;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The writes of analyses: create (a premium one holds its credits in the same
 * transaction, and its tabs' jobs are queued with it), regenerate a tab as a new
 * revision, delete (giving back a hold not yet spent).
 */
@Service
class AnalysisWrites {

	private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

	private final Analyses analyses;

	private final TabRows tabs;

	private final AnalysisProgress progress;

	private final ProgressLog log;

	private final PlanningSearch search;

	private final Credits credits;

	private final Jobs jobs;

	private final AiModel ai;

	private final ApplicationEventPublisher events;

	private final PlanningProperties properties;

	private final Clock clock;

	private final PlanningChat chat;

	private final PlanningShares shares;

	AnalysisWrites(Analyses analyses, TabRows tabs, AnalysisProgress progress, ProgressLog log, PlanningSearch search,
			Credits credits, Jobs jobs, AiModel ai, ApplicationEventPublisher events, PlanningProperties properties,
			Clock clock, PlanningChat chat, PlanningShares shares) {
		this.chat = chat;
		this.shares = shares;
		this.analyses = analyses;
		this.tabs = tabs;
		this.progress = progress;
		this.log = log;
		this.search = search;
		this.credits = credits;
		this.jobs = jobs;
		this.ai = ai;
		this.events = events;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * @return the analysis and its queued tabs as stored, so that answering needs no read
	 * after the commit (which, failing, would lose the answer of a creation that
	 * happened)
	 */
	@Transactional
	Created create(Caller caller, AnalysisRequest request) {
		requireAi();
		Tab.Tier tier = check(request);
		// as the columns keep it, so the answer is what a later read gives
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		long cost = (tier == Tab.Tier.PREMIUM) ? this.properties.premiumCost() : 0;
		Analysis analysis = new Analysis(caller.id(), request, tier, cost, now);
		this.analyses.save(analysis);
		if (cost > 0) {
			this.credits.hold(caller.id(), cost, Analyses.reference(analysis.id()));
		}
		this.search.indexedNew(analysis);
		// batched: everything after the hold runs with the user's credit account locked,
		// which serialises one user's concurrent creations
		List<TabRows.Row> queued = this.tabs.queueFirst(analysis.id(), Tab.of(tier), now);
		this.jobs.enqueueAll(TabGeneration.KIND,
				queued.stream().map((tab) -> new TabGeneration.Payload(tab.id())).toList());
		Map<String, AuditEvent.Change> changes = new LinkedHashMap<>();
		changes.put("tier", new AuditEvent.Change(null, tier.value()));
		changes.put("language", new AuditEvent.Change(null, analysis.language()));
		changes.put("cost", new AuditEvent.Change(null, Long.toString(cost)));
		this.events
			.publishEvent(new AuditEvent("planning_analysis", analysis.id(), null, "created", caller.id(), changes));
		return new Created(analysis, queued);
	}

	record Created(Analysis analysis, List<TabRows.Row> tabs) {
	}

	/**
	 * A new revision of one tab, asked with the user's feedback; the previous revision is
	 * kept. A premium tab of a free analysis is refused.
	 */
	@Transactional
	TabRows.Row regenerate(Caller caller, UUID id, Tab tab, @Nullable String feedback) {
		requireAi();
		Analysis analysis = this.analyses.findById(id)
			.filter((a) -> a.ownerId().equals(caller.id()) || caller.isAdmin())
			.orElseThrow(() -> ApiException.notFound("Analysis"));
		if (!Tab.of(analysis.tier()).contains(tab)) {
			throw new ApiException(HttpStatus.FORBIDDEN, "PREMIUM_REQUIRED",
					"The " + tab.value() + " tab is part of premium analyses");
		}
		// the analysis row's lock (taken by the progress entry) orders this with the jobs
		this.log.append(id, ProgressLog.TAB, tab, "{\"tab\":\"" + tab.value() + "\",\"regenerating\":true}");
		List<TabRows.Row> revisions = this.tabs.revisions(id, tab);
		if (!revisions.isEmpty() && !revisions.getFirst().settled()) {
			throw ApiException.conflict("TAB_GENERATING", "The " + tab.value() + " tab is still being written");
		}
		int revision = this.tabs.lastRevision(id, tab) + 1;
		String note = (feedback == null || feedback.isBlank()) ? null : feedback.strip();
		UUID tabId = this.tabs.queue(id, tab, revision, note, this.clock.instant());
		this.jobs.enqueue(TabGeneration.KIND, new TabGeneration.Payload(tabId));
		this.progress.tabChanged(id, tab, revision, TabRows.QUEUED);
		this.events.publishEvent(
				new AuditEvent("planning_analysis", id, null, "updated", caller.id(), Map.of(tab.value() + "_revision",
						new AuditEvent.Change(Integer.toString(revision - 1), Integer.toString(revision)))));
		return this.tabs.find(tabId).orElseThrow();
	}

	@Transactional
	void delete(Caller caller, UUID id) {
		Analysis analysis = this.analyses.findById(id)
			.filter((a) -> a.ownerId().equals(caller.id()) || caller.isAdmin())
			.orElseThrow(() -> ApiException.notFound("Analysis"));
		// tabs still running: their jobs find nothing to write to
		this.credits.release(Analyses.reference(id));
		forget(analysis);
		this.events.publishEvent(new AuditEvent("planning_analysis", id, null, "deleted", caller.id(),
				Map.of("title", new AuditEvent.Change(analysis.title(), null))));
	}

	void forget(Analysis analysis) {
		this.chat.forget(analysis.id());
		this.shares.forget(analysis.id());
		this.tabs.forget(analysis.id());
		this.log.forget(analysis.id());
		this.search.removed(List.of(analysis.id()));
		this.analyses.delete(analysis);
	}

	private void requireAi() {
		if (!this.ai.available()) {
			throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "AI_UNAVAILABLE",
					"The AI features are switched off on this server (HEARTH_AI_PROVIDER=none)");
		}
	}

	private Tab.Tier check(AnalysisRequest request) {
		Map<String, List<String>> errors = new LinkedHashMap<>();
		if (!COUNTRIES.contains(request.country().toUpperCase(Locale.ROOT))) {
			errors.put("country", List.of("is not an ISO 3166-1 alpha-2 country code"));
		}
		if (!this.properties.languages().contains(request.language())) {
			errors.put("language", List.of("must be one of " + String.join(", ", this.properties.languages())));
		}
		if (request.budget() != null) {
			try {
				Currency.getInstance(request.budget().currency().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				errors.put("budget.currency", List.of("is not an ISO 4217 currency code"));
			}
		}
		Tab.Tier tier = Tab.Tier.parse(request.tier()).orElse(null);
		if (tier == null) {
			errors.put("tier", List.of("must be free or premium"));
		}
		if (!errors.isEmpty()) {
			throw ApiException.invalid(errors);
		}
		return tier;
	}

}
