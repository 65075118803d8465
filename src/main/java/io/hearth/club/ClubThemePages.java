package io.hearth.club;

import io.hearth.platform.PageController;
import org.jspecify.annotations.Nullable;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;

/** The stylesheet that themes the club's pages by each venue's own colours. */
@PageController
class ClubThemePages {

	private final Venues venues;

	ClubThemePages(Venues venues) {
		this.venues = venues;
	}

	/**
	 * Every active venue's colours as CSS custom properties on {@code .venue-<slug>}: the
	 * pages' policy allows no inline style, and slugs and {@code #RRGGBB} colours are
	 * validated on the way in, so nothing here can break out of a declaration.
	 */
	@GetMapping("/club/theme.css")
	ResponseEntity<String> theme() {
		StringBuilder css = new StringBuilder("/* the club's venues, from their settings */\n");
		for (Venue venue : this.venues.findByActiveTrue()) {
			ClubRequests.Colours colours = venue.colours();
			css.append(".venue-").append(venue.slug()).append(" {");
			declare(css, "primary", colours.primary());
			declare(css, "secondary", colours.secondary());
			declare(css, "accent", colours.accent());
			declare(css, "dark", colours.dark());
			css.append(" }\n");
		}
		return ResponseEntity.ok()
			.cacheControl(CacheControl.maxAge(java.time.Duration.ofMinutes(5)).cachePublic())
			.contentType(MediaType.valueOf("text/css;charset=UTF-8"))
			.body(css.toString());
	}

	private static void declare(StringBuilder css, String name, @Nullable String colour) {
		if (colour != null && colour.matches("#[0-9A-Fa-f]{6}")) {
			css.append(" --club-").append(name).append(": ").append(colour).append(';');
		}
	}

}
