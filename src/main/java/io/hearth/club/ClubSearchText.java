package io.hearth.club;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * The searchable text of one event or artist in one language, its fallback applied.
 * Written by {@link ClubSearch} with plain SQL; mapped only so that {@code q} is a
 * Criteria subquery combinable with the programme's other filters.
 */
@Entity(name = "ClubSearchText")
@Table(name = "club_search_texts")
@Immutable
class ClubSearchText {

	@Id
	private UUID id;

	private UUID rowId;

	private String kind;

	private String language;

	private String searchTerms;

	private String nameTerms;

	protected ClubSearchText() {
		// for JPA
	}

}
