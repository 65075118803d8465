package io.hearth.interactions;

import java.io.IOException;
import java.io.Writer;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import io.hearth.audit.AuditEvent;
import io.hearth.audit.AuditTrail;
import io.hearth.identity.UserDirectory;
import io.hearth.identity.UserView;
import io.hearth.platform.IfMatch;
import io.hearth.platform.ApiException;
import io.hearth.platform.CursorPage;
import io.hearth.platform.Cursors;
import io.hearth.platform.PageQuery;
import io.hearth.platform.TypedBodies;
import io.hearth.platform.SortParameter;
import io.hearth.sites.ActiveSite;
import io.hearth.sites.SiteRole;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The interaction use cases. Viewers read, editors write; the site is always the
 * request's active site. Every change is published as an {@link AuditEvent} in its
 * transaction.
 */
@Service
class InteractionLog {

	static final String RESOURCE = "interaction";

	static final SortParameter SORT = SortParameter.allow(
			orderedMap("title", "title", "type", "type", "lead", "lead", "start_at", "startAt", "end_at", "endAt",
					"location", "location", "created_at", "createdAt", "updated_at", "updatedAt"),
			Sort.by(Sort.Order.desc("createdAt")));

	private static final int EXPORT_BATCH = 500;

	private final ScopedInteractions interactions;

	private final UserDirectory users;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final TypedBodies bodies;

	private final Clock clock;

	InteractionLog(ScopedInteractions interactions, UserDirectory users, AuditTrail audit,
			ApplicationEventPublisher events, TypedBodies bodies, Clock clock) {
		this.interactions = interactions;
		this.bodies = bodies;
		this.users = users;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	Page<InteractionView> list(ActiveSite site, InteractionFilters filters, PageQuery paging, @Nullable String sort) {
		site.require(SiteRole.VIEWER);
		Page<Interaction> page = this.interactions.page(site, filters, paging.toPageable(SORT.parse(sort, "id")));
		Map<UUID, UserView> people = people(page.getContent());
		return page.map((i) -> InteractionView.of(i, site.siteName(), people));
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
		List<Interaction> rows = this.interactions.slice(site, filters.toSpecification(), afterCreatedAt, afterId,
				paging.perPage() + 1);
		Map<UUID, UserView> people = people(rows);
		return CursorPage.of(rows.stream().map((i) -> InteractionView.of(i, site.siteName(), people)).toList(),
				paging.perPage(), (last) -> List.of(last.createdAt().toString(), last.id().toString()));
	}

	@Transactional(readOnly = true)
	InteractionView get(ActiveSite site, UUID id) {
		site.require(SiteRole.VIEWER);
		return view(site, find(site, id));
	}

	@Transactional
	@io.hearth.platform.RetryOnLockConflict
	InteractionView create(ActiveSite site, @Nullable JsonNode body) {
		site.require(SiteRole.EDITOR);
		Interaction interaction = new Interaction(site.siteId(), valid(body), site.userId(), now());
		this.interactions.save(site, interaction);
		publish(site, interaction, "created", Map.of(), interaction.snapshot());
		return view(site, interaction);
	}

	/**
	 * Replaces every field ({@code partial = false}) or applies a JSON Merge Patch
	 * ({@code partial = true}); either way the result is validated as a whole.
	 */
	@Transactional
	@io.hearth.platform.RetryOnLockConflict
	InteractionView update(ActiveSite site, UUID id, @Nullable JsonNode body, boolean partial, IfMatch ifMatch) {
		site.require(SiteRole.EDITOR);
		Interaction interaction = find(site, id);
		ifMatch.require(interaction.version());
		Map<String, @Nullable String> before = interaction.snapshot();
		if (partial && (body == null || !body.isObject())) {
			throw ApiException.invalid("_", "the body must be a JSON object (a JSON Merge Patch)");
		}
		interaction.apply(valid(partial ? this.bodies.merged(InteractionRequest.of(interaction.values()), body) : body),
				site.userId(), now());
		this.interactions.save(site, interaction);
		publish(site, interaction, "updated", before, interaction.snapshot());
		return view(site, interaction);
	}

	/** The body bound and checked, every problem reported at once. */
	private InteractionValues valid(@Nullable JsonNode body) {
		Map<String, List<String>> errors = new LinkedHashMap<>();
		InteractionRequest request = this.bodies.read(body, InteractionRequest.class, errors);
		if (request != null) {
			request.problems(errors);
		}
		if (!errors.isEmpty() || request == null) {
			throw ApiException.invalid(errors);
		}
		return request.values();
	}

	@Transactional
	@io.hearth.platform.RetryOnLockConflict
	void delete(ActiveSite site, UUID id, IfMatch ifMatch) {
		site.require(SiteRole.EDITOR);
		Interaction interaction = find(site, id);
		ifMatch.require(interaction.version());
		publish(site, interaction, "deleted", interaction.snapshot(), Map.of());
		this.interactions.delete(site, interaction);
	}

	/** The change history of an interaction of this site, deleted ones included. */
	@Transactional(readOnly = true)
	List<AuditTrail.Entry> history(ActiveSite site, UUID id) {
		site.require(SiteRole.VIEWER);
		List<AuditTrail.Entry> entries = this.audit.history(RESOURCE, id);
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
	void export(ActiveSite site, InteractionFilters filters, Writer out) throws IOException {
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
			List<Interaction> batch = this.interactions.slice(site, spec, afterCreatedAt, afterId, EXPORT_BATCH);
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

	private void publish(ActiveSite site, Interaction interaction, String action, Map<String, @Nullable String> before,
			Map<String, @Nullable String> after) {
		Map<String, AuditEvent.Change> changes = new LinkedHashMap<>();
		Set<String> fields = new HashSet<>(before.keySet());
		fields.addAll(after.keySet());
		for (String field : InteractionRequest.FIELDS.stream().sorted().toList()) {
			if (fields.contains(field) && !Objects.equals(before.get(field), after.get(field))) {
				changes.put(field, new AuditEvent.Change(before.get(field), after.get(field)));
			}
		}
		this.events
			.publishEvent(new AuditEvent(RESOURCE, interaction.id(), site.siteId(), action, site.userId(), changes));
	}

	private Interaction find(ActiveSite site, UUID id) {
		return this.interactions.find(site, id).orElseThrow(() -> ApiException.notFound("Interaction"));
	}

	private InteractionView view(ActiveSite site, Interaction interaction) {
		return InteractionView.of(interaction, site.siteName(), people(List.of(interaction)));
	}

	private Map<UUID, UserView> people(List<Interaction> rows) {
		return this.users.findAll(rows.stream()
			.flatMap((i) -> Stream.of(i.createdBy(), i.updatedBy()))
			.collect(java.util.stream.Collectors.toSet()));
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	private static Map<String, String> orderedMap(String... pairs) {
		Map<String, String> map = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			map.put(pairs[i], pairs[i + 1]);
		}
		return map;
	}

}
