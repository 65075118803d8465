package io.hearth.club;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.hearth.platform.ApiException;
import io.hearth.platform.PageQuery;
import io.hearth.platform.SearchQuery;
import io.hearth.platform.SearchedPage;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public side of the club: active venues and artists in one language, each text in
 * the language asked for or its fallback ({@link ClubLanguages}), descriptions as
 * sanitised HTML too.
 */
@Service
@Transactional(readOnly = true)
class ClubReads {

	private final Venues venues;

	private final Artists artists;

	private final ClubLanguages languages;

	private final ClubMarkdown markdown;

	private final ClubSearch search;

	private final ClubImages images;

	ClubReads(Venues venues, Artists artists, ClubLanguages languages, ClubMarkdown markdown, ClubSearch search,
			ClubImages images) {
		this.images = images;
		this.search = search;
		this.venues = venues;
		this.artists = artists;
		this.languages = languages;
		this.markdown = markdown;
	}

	/** Every active venue, by sort order and then name. */
	List<ClubViews.VenueView> venues(String language) {
		List<Venue> active = this.venues.findByActiveTrue();
		Map<UUID, ClubImages.Images> pictures = this.images.of(active.stream().map(Venue::id).toList());
		return active.stream()
			.map((venue) -> view(venue, language, pictures.getOrDefault(venue.id(), ClubImages.Images.NONE)))
			.sorted(Comparator.comparingInt(ClubViews.VenueView::sortOrder)
				.thenComparing(ClubViews.VenueView::name, String.CASE_INSENSITIVE_ORDER))
			.toList();
	}

	ClubViews.VenueView venue(String slug, String language) {
		return this.venues.findBySlug(slug)
			.filter(Venue::active)
			.map((venue) -> view(venue, language, this.images.of(venue.id())))
			.orElseThrow(() -> ApiException.notFound("Venue"));
	}

	/** Active artists by name, of one performance type or featured only when asked. */
	SearchedPage<ClubViews.ArtistView> artists(ClubRequests.@Nullable PerformanceType type, @Nullable Boolean featured,
			@Nullable SearchQuery q, PageQuery paging, String language) {
		Specification<Artist> spec = (root, query, cb) -> cb.isTrue(root.get("active"));
		if (type != null) {
			spec = spec.and((root, query, cb) -> cb.equal(root.get("performanceType"), type.value()));
		}
		if (featured != null) {
			spec = spec.and((root, query, cb) -> cb.equal(root.get("featured"), featured));
		}
		if (q != null) {
			spec = spec.and(this.search.matching(ClubSearch.Kind.ARTIST, language, q));
		}
		Page<Artist> rows = this.artists.findAll(spec, paging.toPageable(Sort.by("name", "id")));
		Map<UUID, ClubImages.Images> pictures = this.images.of(rows.map(Artist::id).getContent());
		Page<ClubViews.ArtistView> page = rows
			.map((artist) -> view(artist, language, pictures.getOrDefault(artist.id(), ClubImages.Images.NONE)));
		List<String> suggestions = (q != null && page.getTotalElements() == 0)
				? this.search.suggestions(ClubSearch.Kind.ARTIST, language, q) : List.of();
		return new SearchedPage<>(page, false, suggestions);
	}

	ClubViews.ArtistView artist(String slug, String language) {
		return this.artists.findBySlug(slug)
			.filter(Artist::active)
			.map((artist) -> view(artist, language, this.images.of(artist.id())))
			.orElseThrow(() -> ApiException.notFound("Artist"));
	}

	private ClubViews.VenueView view(Venue venue, String language, ClubImages.Images pictures) {
		ClubLanguages.Chosen<Venue.Text> text = this.languages.pick(venue.texts(), language);
		// the default language's text is required when writing, so one is always there
		String used = (text != null) ? text.language() : language;
		Venue.Text chosen = (text != null) ? text.text() : new Venue.Text(venue.slug(), null, null);
		return new ClubViews.VenueView(venue.id(), venue.slug(), used, chosen.name(), chosen.tagline(),
				chosen.description(), this.markdown.html(chosen.description()), venue.capacity(), venue.mood().value(),
				venue.colours(), venue.slurl(), venue.sortOrder(), pictures.main(), pictures.gallery());
	}

	private ClubViews.ArtistView view(Artist artist, String language, ClubImages.Images pictures) {
		ClubLanguages.Chosen<String> bio = this.languages.pick(artist.bios(), language);
		return new ClubViews.ArtistView(artist.id(), artist.slug(), (bio != null) ? bio.language() : language,
				artist.name(), artist.avatarName(), artist.performanceType().value(), (bio != null) ? bio.text() : null,
				(bio != null) ? this.markdown.html(bio.text()) : null, artist.featured(),
				artist.links().stream().map((l) -> new ClubViews.LinkView(l.url(), l.label())).toList(),
				pictures.main());
	}

}
