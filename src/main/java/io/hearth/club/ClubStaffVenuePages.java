package io.hearth.club;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.hearth.identity.Caller;
import io.hearth.platform.ApiException;
import io.hearth.platform.PageController;
import io.hearth.platform.PageForms;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The staff's venue and artist forms: every language side by side, a venue's colours,
 * mood and Second Life address, an artist's links one per line ({@code label | url}).
 * Pictures are uploaded through the staff API. The same use cases as
 * {@code /api/v1/club/admin}, which check the role again.
 */
@PageController
@RequestMapping("/club/staff")
class ClubStaffVenuePages {

	private final ClubStaff staff;

	private final ClubPageFrame frame;

	private final ClubLanguages languages;

	private final Validator validator;

	ClubStaffVenuePages(ClubStaff staff, ClubPageFrame frame, ClubLanguages languages, Validator validator) {
		this.staff = staff;
		this.frame = frame;
		this.languages = languages;
		this.validator = validator;
	}

	@GetMapping("/venues/new")
	String newVenue(Caller caller, Locale locale, HttpServletRequest request, Model model) {
		return venueForm(caller, null, Map.of("capacity", "100", "mood", "warm", "is_active", "on"), Map.of(), locale,
				request, model);
	}

	@GetMapping("/venues/{id}")
	String editVenue(Caller caller, @PathVariable UUID id, Locale locale, HttpServletRequest request, Model model) {
		ClubViews.VenueDetail venue = this.staff.venue(caller, id);
		Map<String, String> form = new LinkedHashMap<>();
		form.put("slug", venue.slug());
		form.put("capacity", Integer.toString(venue.capacity()));
		form.put("mood", venue.mood());
		form.put("slurl", (venue.slurl() != null) ? venue.slurl() : "");
		form.put("sort_order", Integer.toString(venue.sortOrder()));
		form.put("version", Long.toString(venue.version()));
		colour(form, "primary", venue.colours().primary());
		colour(form, "secondary", venue.colours().secondary());
		colour(form, "accent", venue.colours().accent());
		colour(form, "dark", venue.colours().dark());
		if (venue.isActive()) {
			form.put("is_active", "on");
		}
		venue.texts().forEach((language, text) -> {
			form.put("name_" + language, text.name());
			form.put("tagline_" + language, (text.tagline() != null) ? text.tagline() : "");
			form.put("description_" + language, (text.description() != null) ? text.description() : "");
		});
		return venueForm(caller, id, form, Map.of(), locale, request, model);
	}

	@PostMapping({ "/venues", "/venues/{id}" })
	String saveVenue(Caller caller, @PathVariable(required = false) @Nullable UUID id,
			@RequestParam Map<String, String> form, Locale locale, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		try {
			ClubRequests.VenueWrite write = PageForms.validated(this.validator, venue(form));
			UUID saved = (id == null) ? this.staff.createVenue(caller, write).id()
					: this.staff.updateVenue(caller, id, write, PageForms.ifMatch(form.get("version"))).id();
			redirect.addFlashAttribute("flashKey", "club.saved");
			return "redirect:/club/staff/venues/" + saved;
		}
		catch (ApiException refused) {
			return venueForm(caller, id, form, PageForms.shownOnForm(refused), locale, request, model);
		}
	}

	@GetMapping("/artists/new")
	String newArtist(Caller caller, Locale locale, HttpServletRequest request, Model model) {
		return artistForm(caller, null, Map.of("performance_type", "live_singer", "is_active", "on"), Map.of(), locale,
				request, model);
	}

	@GetMapping("/artists/{id}")
	String editArtist(Caller caller, @PathVariable UUID id, Locale locale, HttpServletRequest request, Model model) {
		ClubViews.ArtistDetail artist = this.staff.artist(caller, id);
		Map<String, String> form = new LinkedHashMap<>();
		form.put("slug", artist.slug());
		form.put("name", artist.name());
		form.put("avatar_name", (artist.avatarName() != null) ? artist.avatarName() : "");
		form.put("performance_type", artist.performanceType());
		form.put("version", Long.toString(artist.version()));
		if (artist.isFeatured()) {
			form.put("is_featured", "on");
		}
		if (artist.isActive()) {
			form.put("is_active", "on");
		}
		artist.bios().forEach((language, bio) -> form.put("bio_" + language, bio));
		form.put("links",
				String.join("\n",
						artist.links()
							.stream()
							.map((l) -> (l.label() != null) ? l.label() + " | " + l.url() : l.url())
							.toList()));
		return artistForm(caller, id, form, Map.of(), locale, request, model);
	}

	@PostMapping({ "/artists", "/artists/{id}" })
	String saveArtist(Caller caller, @PathVariable(required = false) @Nullable UUID id,
			@RequestParam Map<String, String> form, Locale locale, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		try {
			ClubRequests.ArtistWrite write = PageForms.validated(this.validator, artist(form));
			UUID saved = (id == null) ? this.staff.createArtist(caller, write).id()
					: this.staff.updateArtist(caller, id, write, PageForms.ifMatch(form.get("version"))).id();
			redirect.addFlashAttribute("flashKey", "club.saved");
			return "redirect:/club/staff/artists/" + saved;
		}
		catch (ApiException refused) {
			return artistForm(caller, id, form, PageForms.shownOnForm(refused), locale, request, model);
		}
	}

	private String venueForm(Caller caller, @Nullable UUID id, Map<String, String> form,
			Map<String, List<String>> errors, Locale locale, HttpServletRequest request, Model model) {
		model.addAttribute("moods", List.of("cosmic", "warm", "hybrid"));
		return show("club/staff-venue", caller, id, form, errors, locale, request, model);
	}

	private String artistForm(Caller caller, @Nullable UUID id, Map<String, String> form,
			Map<String, List<String>> errors, Locale locale, HttpServletRequest request, Model model) {
		model.addAttribute("kinds", List.of("live_singer", "dj", "tribute", "other"));
		return show("club/staff-artist", caller, id, form, errors, locale, request, model);
	}

	private String show(String template, Caller caller, @Nullable UUID id, Map<String, String> form,
			Map<String, List<String>> errors, Locale locale, HttpServletRequest request, Model model) {
		ClubAudit.requireStaff(caller);
		this.frame.common(caller, locale, request, model);
		model.addAttribute("id", id);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("languages", this.languages.all());
		return template;
	}

	/** The form as the API's request; what cannot even be read is refused by field. */
	ClubRequests.VenueWrite venue(Map<String, String> form) {
		Map<String, List<String>> errors = new LinkedHashMap<>();
		Integer capacity = number(form, "capacity", errors);
		Integer sortOrder = number(form, "sort_order", errors);
		ClubRequests.Mood mood = null;
		try {
			mood = ClubRequests.Mood.of(String.valueOf(form.get("mood")));
		}
		catch (IllegalArgumentException ex) {
			errors.put("mood", List.of("must be one of cosmic, warm, hybrid"));
		}
		Map<String, ClubRequests.VenueText> texts = new LinkedHashMap<>();
		for (String language : this.languages.all()) {
			String name = blank(form.get("name_" + language));
			if (name != null) {
				texts.put(language, new ClubRequests.VenueText(name, blank(form.get("tagline_" + language)),
						blank(form.get("description_" + language))));
			}
		}
		if (!errors.isEmpty()) {
			throw ApiException.invalid(errors);
		}
		return new ClubRequests.VenueWrite(blank(form.get("slug")), capacity, mood,
				new ClubRequests.Colours(blank(form.get("primary")), blank(form.get("secondary")),
						blank(form.get("accent")), blank(form.get("dark"))),
				blank(form.get("slurl")), sortOrder, form.containsKey("is_active"), texts);
	}

	ClubRequests.ArtistWrite artist(Map<String, String> form) {
		Map<String, List<String>> errors = new LinkedHashMap<>();
		ClubRequests.PerformanceType kind = null;
		try {
			kind = ClubRequests.PerformanceType.of(String.valueOf(form.get("performance_type")));
		}
		catch (IllegalArgumentException ex) {
			errors.put("performance_type", List.of("must be one of live_singer, dj, tribute, other"));
		}
		Map<String, String> bios = new LinkedHashMap<>();
		for (String language : this.languages.all()) {
			String bio = blank(form.get("bio_" + language));
			if (bio != null) {
				bios.put(language, bio);
			}
		}
		List<ClubRequests.LinkInput> links = new ArrayList<>();
		String lines = form.get("links");
		if (lines != null) {
			for (String line : lines.split("\\R", 50)) {
				if (line.isBlank()) {
					continue;
				}
				int bar = line.lastIndexOf('|');
				links.add((bar < 0) ? new ClubRequests.LinkInput(line.strip(), null)
						: new ClubRequests.LinkInput(line.substring(bar + 1).strip(), blank(line.substring(0, bar))));
			}
		}
		if (!errors.isEmpty()) {
			throw ApiException.invalid(errors);
		}
		return new ClubRequests.ArtistWrite(blank(form.get("slug")), String.valueOf(form.getOrDefault("name", "")),
				blank(form.get("avatar_name")), kind, form.containsKey("is_featured"), form.containsKey("is_active"),
				bios, links);
	}

	private static void colour(Map<String, String> form, String name, @Nullable String value) {
		if (value != null) {
			form.put(name, value);
		}
	}

	private static @Nullable Integer number(Map<String, String> form, String field, Map<String, List<String>> errors) {
		String value = blank(form.get(field));
		if (value == null) {
			return null;
		}
		try {
			return Integer.valueOf(value);
		}
		catch (NumberFormatException ex) {
			errors.put(field, List.of("must be a whole number"));
			return null;
		}
	}

	private static @Nullable String blank(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
