package io.hearth.interactions;

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

import io.hearth.audit.AuditEvent;
import io.hearth.platform.IfMatch;
import io.hearth.platform.ApiException;
import io.hearth.platform.TypedBodies;
import io.hearth.sites.ActiveSite;
import io.hearth.sites.SiteRole;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The interaction writes: create, replace or patch, delete; editors only, always in the
 * request's active site. Every change is published as an {@link AuditEvent} in its
 * transaction. Reads are {@link InteractionFinder}'s.
 */
@Service
public class InteractionLog {

	static final String RESOURCE = "interaction";

	private final ScopedInteractions interactions;

	private final InteractionFinder finder;

	private final ApplicationEventPublisher events;

	private final TypedBodies bodies;

	private final Clock clock;

	InteractionLog(ScopedInteractions interactions, InteractionFinder finder, ApplicationEventPublisher events,
			TypedBodies bodies, Clock clock) {
		this.interactions = interactions;
		this.finder = finder;
		this.bodies = bodies;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	@io.hearth.platform.RetryOnLockConflict
	public InteractionView create(ActiveSite site, @Nullable JsonNode body) {
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
	public InteractionView update(ActiveSite site, UUID id, @Nullable JsonNode body, boolean partial, IfMatch ifMatch) {
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
	public void delete(ActiveSite site, UUID id, IfMatch ifMatch) {
		site.require(SiteRole.EDITOR);
		Interaction interaction = find(site, id);
		ifMatch.require(interaction.version());
		publish(site, interaction, "deleted", interaction.snapshot(), Map.of());
		this.interactions.delete(site, interaction);
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
		return this.finder.find(site, id);
	}

	private InteractionView view(ActiveSite site, Interaction interaction) {
		return this.finder.view(site, interaction);
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

}
