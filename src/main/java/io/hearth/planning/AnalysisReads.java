package io.hearth.planning;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import io.hearth.identity.Caller;
import io.hearth.platform.ApiException;
import io.hearth.platform.CursorPage;
import io.hearth.platform.Cursors;
import io.hearth.platform.PageQuery;
import io.hearth.platform.SearchQuery;
import io.hearth.platform.SearchTokens;
import io.hearth.platform.SearchedPage;
import io.hearth.platform.SortParameter;
import io.hearth.platform.SpecificationQueries;
import jakarta.persistence.EntityManager;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read side of analyses: one with its current tabs, a tab's revisions, numbered and
 * keyset pages with {@code q}, {@code status} and {@code tier}. Owners read theirs,
 * admins every owner's; another user's analysis is not found, never forbidden.
 */
@Service
@Transactional(readOnly = true)
class AnalysisReads {

	static final SortParameter SORT = SortParameter.allow(
			Map.of("created_at", "createdAt", "updated_at", "updatedAt", "title", "title"),
			Sort.by(Sort.Order.desc("createdAt")));

	static final String RELEVANCE = "relevance";

	private final Analyses analyses;

	private final TabRows tabs;

	private final PlanningSearch search;

	private final EntityManager entityManager;

	private final JsonMapper json;

	private final JdbcTemplate jdbc;

	AnalysisReads(Analyses analyses, TabRows tabs, PlanningSearch search, EntityManager entityManager, JsonMapper json,
			JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.analyses = analyses;
		this.tabs = tabs;
		this.search = search;
		this.entityManager = entityManager;
		this.json = json;
	}

	/** The filters of a list. */
	record Filters(@Nullable SearchQuery q, @Nullable String status, Tab.@Nullable Tier tier) {

		static Filters parse(@Nullable String q, @Nullable String status, @Nullable String tier) {
			if (status != null && !List.of(Analysis.Status.GENERATING, Analysis.Status.READY, Analysis.Status.FAILED)
				.contains(status)) {
				throw ApiException.invalid("status", "must be generating, ready or failed");
			}
			Tab.Tier parsedTier = null;
			if (tier != null) {
				parsedTier = Tab.Tier.parse(tier)
					.orElseThrow(() -> ApiException.invalid("tier", "must be free or premium"));
			}
			return new Filters(SearchTokens.query(q).orElse(null), status, parsedTier);
		}

		Specification<Analysis> toSpecification() {
			Specification<Analysis> spec = (root, query, cb) -> cb.conjunction();
			if (this.status != null) {
				String wanted = this.status;
				spec = spec.and((root, query, cb) -> cb.equal(root.get("status"), wanted));
			}
			if (this.tier != null) {
				String wanted = this.tier.value();
				spec = spec.and((root, query, cb) -> cb.equal(root.get("tier"), wanted));
			}
			return spec;
		}

	}

	Optional<Analysis> find(UUID id) {
		return this.analyses.findById(id);
	}

	/** The analysis as a share link shows it: no owner, no chat, only ready tabs. */
	PlanningViews.SharedView shared(Analysis a) {
		List<PlanningViews.TabView> ready = this.tabs.current(List.of(a.id()))
			.stream()
			.filter((t) -> t.status().equals(TabRows.READY))
			.map(this::tabView)
			// what the owner asked a regeneration to change is theirs, not the reader's
			.map((t) -> new PlanningViews.TabView(t.tab(), t.revision(), t.status(), t.content(), t.schemaVersion(),
					t.model(), t.inputTokens(), t.outputTokens(), t.durationMs(), t.error(), null, t.updatedAt()))
			.toList();
		return new PlanningViews.SharedView(a.title(), a.idea(), a.industry(), a.targetMarket(), a.country(), a.city(),
				a.language(), a.rightToLeft() ? "rtl" : "ltr", ready, a.createdAt());
	}

	Analysis readable(Caller caller, UUID id) {
		return this.analyses.findById(id)
			.filter((a) -> a.ownerId().equals(caller.id()) || caller.isAdmin())
			.orElseThrow(() -> ApiException.notFound("Analysis"));
	}

	/** The number of the analysis' last progress entry. */
	long progressSeq(Caller caller, UUID id) {
		readable(caller, id);
		Long seq = this.jdbc.queryForObject("SELECT progress_seq FROM planning_analyses WHERE id = ?", Long.class, id);
		return (seq != null) ? seq : 0;
	}

	PlanningViews.AnalysisView get(Caller caller, UUID id) {
		Analysis analysis = readable(caller, id);
		return view(analysis, this.tabs.current(List.of(analysis.id())));
	}

	List<PlanningViews.TabView> revisions(Caller caller, UUID id, Tab tab) {
		Analysis analysis = readable(caller, id);
		return this.tabs.revisions(analysis.id(), tab).stream().map(this::tabView).toList();
	}

	SearchedPage<PlanningViews.AnalysisSummary> list(Caller caller, Filters filters, PageQuery paging,
			@Nullable String sort) {
		UUID owner = caller.isAdmin() ? null : caller.id();
		Specification<Analysis> spec = scope(caller).and(filters.toSpecification());
		if (filters.q() == null) {
			Pageable pageable = paging.toPageable(SORT.parse(sort, "id"));
			List<Analysis> content = SpecificationQueries.page(this.entityManager, Analysis.class, spec, pageable);
			long total = (pageable.getOffset() == 0 && content.size() < pageable.getPageSize()) ? content.size()
					: this.analyses.count(spec);
			return new SearchedPage<>(new PageImpl<>(summaries(content), pageable, total), false, List.of());
		}
		spec = spec.and(this.search.matching(owner, filters.q()));
		boolean relevance = sort == null || sort.equals(RELEVANCE);
		Pageable pageable = paging.toPageable(relevance ? Sort.unsorted() : SORT.parse(sort, "id"));
		List<Analysis> content = relevance
				? SpecificationQueries.tieredPage(this.entityManager, Analysis.class, spec,
						this.search.nameMatching(owner, filters.q()), pageable)
				: SpecificationQueries.page(this.entityManager, Analysis.class, spec, pageable);
		long counted = (pageable.getOffset() == 0 && content.size() < pageable.getPageSize()) ? content.size()
				: SpecificationQueries.countUpTo(this.entityManager, Analysis.class, spec,
						SearchedPage.COUNT_LIMIT + 1);
		long total = Math.min(counted, SearchedPage.COUNT_LIMIT);
		List<String> suggestions = (total == 0) ? this.search.suggestions(owner, Optional.of(filters.q())) : List.of();
		return new SearchedPage<>(new PageImpl<>(summaries(content), pageable, total),
				counted > SearchedPage.COUNT_LIMIT, suggestions);
	}

	CursorPage<PlanningViews.AnalysisSummary> scroll(Caller caller, Filters filters, PageQuery paging) {
		Instant at = null;
		UUID after = null;
		if (paging.cursor() != null && !paging.cursor().isEmpty()) {
			Cursors.Keyset keyset = Cursors.keyset(paging.cursor());
			at = keyset.at();
			after = keyset.id();
		}
		UUID owner = caller.isAdmin() ? null : caller.id();
		Specification<Analysis> spec = scope(caller).and(filters.toSpecification());
		if (filters.q() != null) {
			spec = spec.and(this.search.matching(owner, filters.q()));
		}
		List<Analysis> rows = SpecificationQueries.newestFirst(this.entityManager, Analysis.class, spec, at, after,
				paging.perPage() + 1);
		CursorPage<PlanningViews.AnalysisSummary> page = CursorPage.of(summaries(rows), paging.perPage(),
				(last) -> List.of(last.createdAt().toString(), last.id().toString()));
		return (rows.isEmpty() && at == null)
				? page.suggesting(this.search.suggestions(owner, Optional.ofNullable(filters.q()))) : page;
	}

	private static Specification<Analysis> scope(Caller caller) {
		if (caller.isAdmin()) {
			return (root, query, cb) -> cb.conjunction();
		}
		UUID owner = caller.id();
		return (root, query, cb) -> cb.equal(root.get("ownerId"), owner);
	}

	private List<PlanningViews.AnalysisSummary> summaries(List<Analysis> rows) {
		Map<UUID, List<TabRows.Row>> tabsOf = this.tabs.current(rows.stream().map(Analysis::id).toList())
			.stream()
			.collect(Collectors.groupingBy(TabRows.Row::analysis));
		return rows.stream()
			.map((a) -> new PlanningViews.AnalysisSummary(a.id(), a.title(), a.industry(), a.country(), a.language(),
					a.tier().value(), a.status(),
					tabsOf.getOrDefault(a.id(), List.of())
						.stream()
						.map((t) -> new PlanningViews.TabState(t.tab().value(), t.revision(), t.status()))
						.toList(),
					a.createdAt(), a.updatedAt()))
			.toList();
	}

	PlanningViews.AnalysisView view(Analysis a, List<TabRows.Row> current) {
		PlanningViews.Budget budget = (a.budgetCurrency() != null)
				? new PlanningViews.Budget(a.budgetMin(), a.budgetMax(), a.budgetCurrency()) : null;
		return new PlanningViews.AnalysisView(a.id(), a.title(), a.idea(), a.industry(), a.targetMarket(), a.country(),
				a.city(), budget, a.language(), a.rightToLeft() ? "rtl" : "ltr", a.tier().value(), a.status(), a.cost(),
				current.stream().map(this::tabView).toList(), a.createdAt(), a.updatedAt());
	}

	PlanningViews.TabView tabView(TabRows.Row t) {
		return new PlanningViews.TabView(t.tab().value(), t.revision(), t.status(),
				(t.content() != null) ? this.json.readTree(t.content()) : null, t.schemaVersion(), t.model(),
				t.inputTokens(), t.outputTokens(), (t.took() != null) ? t.took().toMillis() : null, t.error(),
				t.feedback(), t.updatedAt());
	}

}
