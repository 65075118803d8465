package io.hearth.interactions;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.hearth.platform.Ids;
import io.hearth.platform.SearchTokens;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/** One logged interaction. It belongs to one site for life. */
@Entity
@Table(name = "interactions")
class Interaction {

	@Id
	private UUID id;

	private UUID siteId;

	private String title;

	@Enumerated(EnumType.STRING)
	private InteractionType type;

	private String lead;

	private Instant startAt;

	private @Nullable Instant endAt;

	private String timezone;

	private @Nullable String location;

	private @Nullable String description;

	private @Nullable String notes;

	// SearchTokens.joined: what q matches, and the title's words for the relevance tier
	private String searchTerms;

	private String nameTerms;

	private int searchVersion;

	private UUID createdBy;

	private Instant createdAt;

	private UUID updatedBy;

	private Instant updatedAt;

	@Version
	private @Nullable Long version;

	protected Interaction() {
		// for JPA
	}

	Interaction(UUID siteId, InteractionValues values, UUID actor, Instant now) {
		this.id = Ids.newId();
		this.siteId = siteId;
		this.createdBy = actor;
		this.createdAt = now;
		apply(values, actor, now);
	}

	final void apply(InteractionValues values, UUID actor, Instant now) {
		this.title = values.title();
		this.type = values.type();
		this.lead = values.lead();
		this.startAt = values.startAt();
		this.endAt = values.endAt();
		this.timezone = values.timezone();
		this.location = values.location();
		this.description = values.description();
		this.notes = values.notes();
		reindex();
		this.updatedBy = actor;
		this.updatedAt = now;
	}

	/** Makes the stored terms again with the current {@link SearchTokens#VERSION}. */
	final void reindex() {
		this.searchTerms = SearchTokens.joined(SearchTokens.terms(this.title, this.lead, this.type.label(),
				this.location, this.description, this.notes));
		this.nameTerms = SearchTokens.joined(SearchTokens.terms(this.title));
		this.searchVersion = SearchTokens.VERSION;
	}

	List<String> searchTerms() {
		return SearchTokens.split(this.searchTerms);
	}

	List<String> nameTerms() {
		return SearchTokens.split(this.nameTerms);
	}

	/** As stored (for rows written in bulk). */
	String storedSearchTerms() {
		return this.searchTerms;
	}

	String storedNameTerms() {
		return this.nameTerms;
	}

	InteractionValues values() {
		return new InteractionValues(this.title, this.type, this.lead, this.startAt, this.endAt, this.timezone,
				this.location, this.description, this.notes);
	}

	/** The audited fields as text, in API names. */
	Map<String, @Nullable String> snapshot() {
		Map<String, @Nullable String> fields = new LinkedHashMap<>();
		fields.put("title", this.title);
		fields.put("type", this.type.label());
		fields.put("lead", this.lead);
		fields.put("start_at", this.startAt.toString());
		fields.put("end_at", (this.endAt != null) ? this.endAt.toString() : null);
		fields.put("timezone", this.timezone);
		fields.put("location", this.location);
		fields.put("description", this.description);
		fields.put("notes", this.notes);
		return fields;
	}

	UUID id() {
		return this.id;
	}

	UUID siteId() {
		return this.siteId;
	}

	String title() {
		return this.title;
	}

	InteractionType type() {
		return this.type;
	}

	String lead() {
		return this.lead;
	}

	Instant startAt() {
		return this.startAt;
	}

	@Nullable Instant endAt() {
		return this.endAt;
	}

	String timezone() {
		return this.timezone;
	}

	@Nullable String location() {
		return this.location;
	}

	@Nullable String description() {
		return this.description;
	}

	@Nullable String notes() {
		return this.notes;
	}

	UUID createdBy() {
		return this.createdBy;
	}

	Instant createdAt() {
		return this.createdAt;
	}

	UUID updatedBy() {
		return this.updatedBy;
	}

	Instant updatedAt() {
		return this.updatedAt;
	}

	long version() {
		return (this.version != null) ? this.version : 0;
	}

}
