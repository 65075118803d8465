package io.hearth.club;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.hearth.platform.SearchIndex;
import io.hearth.platform.SearchQuery;
import io.hearth.platform.SearchTokens;
import io.hearth.platform.TextSearch;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The club on the platform's search port: {@code q} searches the request's language, so
 * each event and artist has one search text per club language with that language's
 * fallback applied (what a reader of it is shown is what they can find). A scope is one
 * kind in one language. Written in the transaction that writes the row.
 */
@Component
class ClubSearch {

	static final SearchIndex INDEX = new SearchIndex(ClubSearchTerm.class, "club_search_terms",
			"club_search_vocabulary", "searchTerms", "nameTerms");

	/** What is searchable, with the table that records its search version. */
	enum Kind {

		EVENT("event", "club_events"), ARTIST("artist", "club_artists");

		private final String value;

		private final String table;

		Kind(String value, String table) {
			this.value = value;
			this.table = table;
		}

	}

	private final TextSearch search;

	private final JdbcTemplate jdbc;

	private final ClubLanguages languages;

	ClubSearch(TextSearch search, JdbcTemplate jdbc, ClubLanguages languages) {
		this.search = search;
		this.jdbc = jdbc;
		this.languages = languages;
	}

	/** An event's title and description in every club language. */
	void indexed(ClubEvent event) {
		for (String language : this.languages.all()) {
			ClubLanguages.Chosen<ClubEvent.Text> text = this.languages.pick(event.texts(), language);
			String title = (text != null) ? text.text().title() : event.slug();
			String description = (text != null) ? text.text().description() : null;
			write(Kind.EVENT, event.id(), language, event.createdAt(), SearchTokens.terms(title, description),
					SearchTokens.terms(title));
		}
		current(Kind.EVENT, event.id());
	}

	/** An artist's name, Second Life name and biography in every club language. */
	void indexed(Artist artist) {
		for (String language : this.languages.all()) {
			ClubLanguages.Chosen<String> bio = this.languages.pick(artist.bios(), language);
			write(Kind.ARTIST, artist.id(), language, artist.createdAt(),
					SearchTokens.terms(artist.name(), artist.avatarName(), (bio != null) ? bio.text() : null),
					SearchTokens.terms(artist.name(), artist.avatarName()));
		}
		current(Kind.ARTIST, artist.id());
	}

	void removed(UUID rowId) {
		this.jdbc.update("DELETE FROM club_search_texts WHERE row_id = ?", rowId);
		this.search.removed(INDEX, this.languages.all().stream().map((language) -> textId(rowId, language)).toList());
	}

	/** The rows of {@code kind} whose text in {@code language} matches {@code query}. */
	<T> Specification<T> matching(Kind kind, String language, SearchQuery query) {
		Specification<ClubSearchText> texts = this.search.matching(INDEX, scope(kind, language), query);
		return (root, criteria, cb) -> {
			Subquery<UUID> matched = criteria.subquery(UUID.class);
			Root<ClubSearchText> text = matched.from(ClubSearchText.class);
			matched.select(text.get("rowId"))
				.where(cb.equal(text.get("kind"), kind.value), cb.equal(text.get("language"), language),
						texts.toPredicate(text, criteria, cb));
			return root.get("id").in(matched);
		};
	}

	List<String> suggestions(Kind kind, String language, SearchQuery query) {
		return this.search.suggestions(INDEX, scope(kind, language), query);
	}

	private void write(Kind kind, UUID rowId, String language, Instant createdAt, List<String> terms,
			List<String> nameTerms) {
		UUID id = textId(rowId, language);
		String joined = SearchTokens.joined(terms);
		String names = SearchTokens.joined(nameTerms);
		if (this.jdbc.update("UPDATE club_search_texts SET search_terms = ?, name_terms = ? WHERE id = ?", joined,
				names, id) == 0) {
			this.jdbc.update("INSERT INTO club_search_texts (id, row_id, kind, language, search_terms, name_terms)"
					+ " VALUES (?, ?, ?, ?, ?, ?)", id, rowId, kind.value, language, joined, names);
		}
		this.search.indexed(INDEX, scope(kind, language), id, createdAt, terms, nameTerms);
	}

	/**
	 * Plain SQL, so that indexing never bumps the row's optimistic version (and with it
	 * the ETag readers revalidate against).
	 */
	private void current(Kind kind, UUID rowId) {
		this.jdbc.update("UPDATE " + kind.table + " SET search_version = ? WHERE id = ?", SearchTokens.VERSION, rowId);
	}

	/** Stable, so that an edit rewrites the same text and its postings. */
	static UUID textId(UUID rowId, String language) {
		return UUID.nameUUIDFromBytes((rowId + "/" + language).getBytes(StandardCharsets.UTF_8));
	}

	static UUID scope(Kind kind, String language) {
		return UUID.nameUUIDFromBytes(("club/" + kind.value + "/" + language).getBytes(StandardCharsets.UTF_8));
	}

}
