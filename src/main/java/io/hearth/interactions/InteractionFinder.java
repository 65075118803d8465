package io.hearth.interactions;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import io.hearth.audit.AuditTrail;
import io.hearth.identity.UserDirectory;
import io.hearth.identity.UserView;
import io.hearth.platform.ApiException;
import io.hearth.platform.CursorPage;
import io.hearth.platform.Cursors;
import io.hearth.platform.PageQuery;
import io.hearth.platform.SearchQuery;
import io.hearth.platform.SearchedPage;
import io.hearth.platform.SortParameter;
import io.hearth.sites.ActiveSite;
import io.hearth.sites.SiteRole;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read side of the interaction log: lists (numbered and keyset pages), one
 * interaction, its change history and the CSV export, always in the request's active site
 * and for viewers and above.
 */
@Service
public class InteractionFinder {

	static final SortParameter SORT = SortParameter.allow(
			orderedMap("title", "title", "type", "type", "lead", "lead", "start_at", "startAt", "end_at", "endAt",
					"location", "location", "created_at", "createdAt", "updated_at", "updatedAt"),
			Sort.by(Sort.Order.desc("createdAt")));

	/**
	 * With {@code q}: title matches first, then newest (the default when {@code q} is
	 * given).
	 */
	static final String RELEVANCE = "relevance";

	private static final int EXPORT_BATCH = 500;

	private final ScopedInteractions interactions;

	private final InteractionRows rows;

	private final UserDirectory users;

	private final AuditTrail audit;

	InteractionFinder(ScopedInteractions interactions, InteractionRows rows, UserDirectory users, AuditTrail audit) {
		this.interactions = interactions;
		this.rows = rows;
		this.users = users;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public SearchedPage<InteractionView> list(ActiveSite site, InteractionFilters filters, PageQuery paging,
			@Nullable String sort) {
		site.require(SiteRole.VIEWER);
		SearchQuery search = filters.search();
		if (search != null) {
			boolean relevance = sort == null || sort.equals(RELEVANCE);
			SearchedPage<Interaction> found = this.interactions.search(site, filters, search,
					paging.toPageable(relevance ? Sort.unsorted() : SORT.parse(sort, "id")));
			Map<UUID, UserView> people = people(found.page().getContent());
			return new SearchedPage<>(found.page().map((i) -> InteractionView.of(i, site.siteName(), people)),
					found.totalAtLeast(), found.suggestions());
		}
		Page<Interaction> page = this.interactions.page(site, filters, paging.toPageable(SORT.parse(sort, "id")));
		Map<UUID, UserView> people = people(page.getContent());
		return new SearchedPage<>(page.map((i) -> InteractionView.of(i, site.siteName(), people)), false, List.of());
	}

	@Transactional(readOnly = true)
	CursorPage<InteractionView> scroll(ActiveSite site, InteractionFilters filters, PageQuery paging) {
		site.require(SiteRole.VIEWER);
		Instant afterCreatedAt = null;
		UUID afterId = null;
		if (paging.cursor() != null && !paging.cursor().isEmpty()) {
			Cursors.Keyset keyset = Cursors.keyset(paging.cursor());
			afterCreatedAt = keyset.at();
			afterId = keyset.id();
		}
		SearchQuery search = filters.search();
		List<Interaction> rows = (search != null)
				? this.interactions.searchSlice(site, filters.toSpecification(), search, afterCreatedAt, afterId,
						paging.perPage() + 1)
				: this.interactions.slice(site, filters.toSpecification(), afterCreatedAt, afterId,
						paging.perPage() + 1);
		Map<UUID, UserView> people = people(rows);
		CursorPage<InteractionView> page = CursorPage.of(
				rows.stream().map((i) -> InteractionView.of(i, site.siteName(), people)).toList(), paging.perPage(),
				(last) -> List.of(last.createdAt().toString(), last.id().toString()));
		return (search != null && rows.isEmpty() && afterId == null)
				? page.suggesting(this.interactions.suggestions(site, search)) : page;
	}

	/** One interaction of the site, from the read model, outside any transaction. */
	public InteractionView get(ActiveSite site, UUID id) {
		site.require(SiteRole.VIEWER);
		InteractionRows.Row row = this.rows.inSite(site.siteId(), id)
			.orElseThrow(() -> ApiException.notFound("Interaction"));
		return InteractionView.of(row, site.siteName(), this.users.findAll(List.of(row.createdBy(), row.updatedBy())));
	}

	/** The change history of an interaction of this site, deleted ones included. */
	@Transactional(readOnly = true)
	public List<AuditTrail.Entry> history(ActiveSite site, UUID id) {
		site.require(SiteRole.VIEWER);
		List<AuditTrail.Entry> entries = this.audit.history(InteractionLog.RESOURCE, id);
		if (entries.isEmpty() || !entries.stream().allMatch((e) -> site.siteId().equals(e.siteId()))) {
			throw ApiException.notFound("Interaction");
		}
		return entries;
	}

	/**
	 * Writes every matching row as CSV, newest first, fetching {@value #EXPORT_BATCH}
	 * rows at a time by keyset, so memory stays flat whatever the size of the log.
	 * Deliberately not one transaction: each batch is read in its own, so no persistence
	 * context accumulates the rows already written.
	 */
	public void export(ActiveSite site, InteractionFilters filters, Writer out) throws IOException {
		site.require(SiteRole.VIEWER);
		var spec = filters.toSpecification();
		CSVPrinter csv = CSVFormat.RFC4180.builder()
			.setHeader("id", "title", "type", "lead", "start_at", "end_at", "timezone", "location", "description",
					"notes", "created_by", "created_by_name", "created_at", "updated_at")
			.get()
			.print(out);
		Instant afterCreatedAt = null;
		UUID afterId = null;
		while (true) {
			List<Interaction> batch = (filters.search() != null)
					? this.interactions.searchSlice(site, spec, filters.search(), afterCreatedAt, afterId, EXPORT_BATCH)
					: this.interactions.slice(site, spec, afterCreatedAt, afterId, EXPORT_BATCH);
			if (batch.isEmpty()) {
				break;
			}
			Map<UUID, UserView> people = people(batch);
			for (Interaction i : batch) {
				UserView author = people.get(i.createdBy());
				csv.printRecord(i.id(), i.title(), i.type().label(), i.lead(), i.startAt(), i.endAt(), i.timezone(),
						i.location(), i.description(), i.notes(), i.createdBy(),
						(author != null) ? UserDirectory.nameOf(author) : null, i.createdAt(), i.updatedAt());
			}
			csv.flush();
			Interaction last = batch.getLast();
			afterCreatedAt = last.createdAt();
			afterId = last.id();
			if (batch.size() < EXPORT_BATCH) {
				break;
			}
		}
		csv.flush();
	}

	Interaction find(ActiveSite site, UUID id) {
		return this.interactions.find(site, id).orElseThrow(() -> ApiException.notFound("Interaction"));
	}

	InteractionView view(ActiveSite site, Interaction interaction) {
		return InteractionView.of(interaction, site.siteName(), people(List.of(interaction)));
	}

	private Map<UUID, UserView> people(List<Interaction> rows) {
		return this.users.findAll(rows.stream()
			.flatMap((i) -> Stream.of(i.createdBy(), i.updatedBy()))
			.collect(java.util.stream.Collectors.toSet()));
	}

	private static Map<String, String> orderedMap(String... pairs) {
		Map<String, String> map = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			map.put(pairs[i], pairs[i + 1]);
		}
		return map;
	}

}
