package io.hearth.interactions;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import io.hearth.identity.UserDirectory;
import io.hearth.identity.UserView;
import org.jspecify.annotations.Nullable;

/** An interaction as the API shows it, with the names of its site and authors. */
public record InteractionView(UUID id, UUID siteId, String siteName, String title, InteractionType type, String lead,
		Instant startAt, @Nullable Instant endAt, String timezone, @Nullable String location,
		@Nullable String description, @Nullable String notes, UUID createdBy, @Nullable String createdByName,
		Instant createdAt, UUID updatedBy, @Nullable String updatedByName, Instant updatedAt,
		long version) implements io.hearth.platform.Versioned {

	static InteractionView of(Interaction i, String siteName, Map<UUID, UserView> people) {
		return new InteractionView(i.id(), i.siteId(), siteName, i.title(), i.type(), i.lead(), i.startAt(), i.endAt(),
				i.timezone(), i.location(), i.description(), i.notes(), i.createdBy(), name(people.get(i.createdBy())),
				i.createdAt(), i.updatedBy(), name(people.get(i.updatedBy())), i.updatedAt(), i.version());
	}

	static InteractionView of(InteractionRows.Row i, String siteName, Map<UUID, UserView> people) {
		return new InteractionView(i.id(), i.siteId(), siteName, i.title(), i.type(), i.lead(), i.startAt(), i.endAt(),
				i.timezone(), i.location(), i.description(), i.notes(), i.createdBy(), name(people.get(i.createdBy())),
				i.createdAt(), i.updatedBy(), name(people.get(i.updatedBy())), i.updatedAt(), i.version());
	}

	private static @Nullable String name(@Nullable UserView user) {
		return (user != null) ? UserDirectory.nameOf(user) : null;
	}

}
