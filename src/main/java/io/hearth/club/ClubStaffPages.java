package io.hearth.club;

import java.time.ZoneId;
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
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The staff's programme editor: events (translations side by side, publish, unpublish,
 * cancel), weekly and monthly series and the list of venues and artists (their forms:
 * {@link ClubStaffVenuePages}; the notification queue: {@link ClubStaffQueuePages}).
 * Role-checked by the URL rule and again in every use case.
 */
@PageController
@RequestMapping("/club/staff")
class ClubStaffPages {

	static final List<String> TYPES = List.of("live_singer", "tribute_concert", "dj_set", "special", "other");

	private final EventPlanning planning;

	private final SeriesPlanning series;

	private final ClubStaff staff;

	private final ClubPageFrame frame;

	private final ClubLanguages languages;

	private final ClubProperties properties;

	private final Validator validator;

	private final ClubEventForm events;

	ClubStaffPages(EventPlanning planning, SeriesPlanning series, ClubStaff staff, ClubPageFrame frame,
			ClubLanguages languages, ClubProperties properties, Validator validator, ClubEventForm events) {
		this.events = events;
		this.planning = planning;
		this.series = series;
		this.staff = staff;
		this.frame = frame;
		this.languages = languages;
		this.properties = properties;
		this.validator = validator;
	}

	@GetMapping
	String programme(Caller caller, @RequestParam(defaultValue = "1") int page, Locale locale,
			HttpServletRequest request, Model model) {
		ClubAudit.requireStaff(caller);
		this.frame.common(caller, locale, request, model);
		model.addAttribute("events", this.planning.list(caller, PageForms.page(page, 25)));
		model.addAttribute("series", this.series.list(caller, PageForms.page(1, 50)).getContent());
		model.addAttribute("venueNames", venueNames(caller));
		return "club/staff";
	}

	@GetMapping("/events/new")
	String newEvent(Caller caller, Locale locale, HttpServletRequest request, Model model) {
		return form(caller, null, Map.of(), null, false, locale, request, model);
	}

	@GetMapping("/series/new")
	String newSeries(Caller caller, Locale locale, HttpServletRequest request, Model model) {
		return form(caller, null, Map.of("rrule", "FREQ=WEEKLY"), null, true, locale, request, model);
	}

	@GetMapping("/events/{id}")
	String editEvent(Caller caller, @PathVariable UUID id, Locale locale, HttpServletRequest request, Model model) {
		ClubViews.EventDetail event = this.planning.get(caller, id);
		ZoneId zone = ZoneId.of(event.timeZone());
		Map<String, String> form = new LinkedHashMap<>();
		form.put("slug", event.slug());
		form.put("type", event.type());
		form.put("venue_id", event.venueId().toString());
		form.put("starts_at", event.startsAt().atZone(zone).toLocalDateTime().toString());
		form.put("ends_at", event.endsAt().atZone(zone).toLocalDateTime().toString());
		form.put("time_zone", event.timeZone());
		form.put("version", Long.toString(event.version()));
		if (event.isFeatured()) {
			form.put("is_featured", "on");
		}
		if (event.unlisted()) {
			form.put("unlisted", "on");
		}
		event.texts().forEach((language, text) -> {
			form.put("title_" + language, text.title());
			form.put("description_" + language, (text.description() != null) ? text.description() : "");
		});
		model.addAttribute("artistIds", event.artists().stream().map((b) -> b.artistId().toString()).toList());
		model.addAttribute("event", event);
		return form(caller, id, form, null, false, locale, request, model);
	}

	@PostMapping("/events")
	String createEvent(Caller caller, @RequestParam MultiValueMap<String, String> form, Locale locale,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		try {
			ClubViews.EventDetail made = this.planning.create(caller, validated(this.events.read(form)));
			redirect.addFlashAttribute("flashKey", "club.saved");
			return "redirect:/club/staff/events/" + made.id();
		}
		catch (ApiException refused) {
			return form(caller, null, form.toSingleValueMap(), PageForms.shownOnForm(refused), false, locale, request,
					model);
		}
	}

	@PostMapping("/events/{id}")
	String updateEvent(Caller caller, @PathVariable UUID id, @RequestParam MultiValueMap<String, String> form,
			Locale locale, HttpServletRequest request, Model model, RedirectAttributes redirect) {
		try {
			this.planning.update(caller, id, validated(this.events.read(form)),
					PageForms.ifMatch(form.getFirst("version")));
			redirect.addFlashAttribute("flashKey", "club.saved");
			return "redirect:/club/staff/events/" + id;
		}
		catch (ApiException refused) {
			model.addAttribute("event", this.planning.get(caller, id));
			return form(caller, id, form.toSingleValueMap(), PageForms.shownOnForm(refused), false, locale, request,
					model);
		}
	}

	@PostMapping("/events/{id}/{move}")
	String moveEvent(Caller caller, @PathVariable UUID id, @PathVariable String move,
			@RequestParam(required = false) @Nullable String version, RedirectAttributes redirect) {
		this.planning.move(caller, id, publication(move), PageForms.ifMatch(version));
		redirect.addFlashAttribute("flashKey", "club.saved");
		return "redirect:/club/staff/events/" + id;
	}

	@PostMapping("/series")
	String createSeries(Caller caller, @RequestParam MultiValueMap<String, String> form, Locale locale,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		try {
			ClubRequests.EventWrite night = this.events.read(form);
			ClubRequests.SeriesWrite write = new ClubRequests.SeriesWrite(night.slug(), night.type(), night.venueId(),
					night.startsAt(), night.endsAt(), night.timeZone(), form.getFirst("rrule"), night.isFeatured(),
					night.unlisted(), night.texts(), night.artists());
			PageForms.validated(this.validator, write);
			this.series.create(caller, write);
			redirect.addFlashAttribute("flashKey", "club.saved");
			return "redirect:/club/staff";
		}
		catch (ApiException refused) {
			return form(caller, null, form.toSingleValueMap(), PageForms.shownOnForm(refused), true, locale, request,
					model);
		}
	}

	@PostMapping("/series/{id}/{move}")
	String moveSeries(Caller caller, @PathVariable UUID id, @PathVariable String move,
			@RequestParam(required = false) @Nullable String version, RedirectAttributes redirect) {
		this.series.move(caller, id, publication(move), PageForms.ifMatch(version));
		redirect.addFlashAttribute("flashKey", "club.saved");
		return "redirect:/club/staff";
	}

	@GetMapping("/venues")
	String venues(Caller caller, Locale locale, HttpServletRequest request, Model model) {
		this.frame.common(caller, locale, request, model);
		model.addAttribute("venues", this.staff.venues(caller, PageForms.page(1, 100)).getContent());
		model.addAttribute("artists", this.staff.artists(caller, PageForms.page(1, 100)).getContent());
		return "club/staff-venues";
	}

	private String form(Caller caller, @Nullable UUID id, Map<String, String> form,
			@Nullable Map<String, List<String>> errors, boolean isSeries, Locale locale, HttpServletRequest request,
			Model model) {
		ClubAudit.requireStaff(caller);
		this.frame.common(caller, locale, request, model);
		model.addAttribute("id", id);
		model.addAttribute("form", form);
		model.addAttribute("errors", (errors != null) ? errors : Map.of());
		model.addAttribute("isSeries", isSeries);
		model.addAttribute("types", TYPES);
		model.addAttribute("languages", this.languages.all());
		model.addAttribute("venues", this.staff.venues(caller, PageForms.page(1, 100)).getContent());
		model.addAttribute("artists", this.staff.artists(caller, PageForms.page(1, 100)).getContent());
		if (!model.containsAttribute("artistIds")) {
			model.addAttribute("artistIds", List.of());
		}
		model.addAttribute("clubZone", this.properties.timeZone().getId());
		return "club/staff-event";
	}

	private ClubRequests.EventWrite validated(ClubRequests.EventWrite write) {
		return PageForms.validated(this.validator, write);
	}

	private static ClubEvent.Publication publication(String move) {
		return switch (move) {
			case "publish" -> ClubEvent.Publication.PUBLISHED;
			case "unpublish" -> ClubEvent.Publication.DRAFT;
			case "cancel" -> ClubEvent.Publication.CANCELLED;
			default -> throw ApiException.notFound("Action");
		};
	}

	private Map<UUID, String> venueNames(Caller caller) {
		Map<UUID, String> names = new LinkedHashMap<>();
		String language = this.languages.all().getFirst();
		for (ClubViews.VenueDetail venue : this.staff.venues(caller, PageForms.page(1, 100)).getContent()) {
			Venue.Text text = venue.texts().get(language);
			names.put(venue.id(), (text != null) ? text.name() : venue.slug());
		}
		return names;
	}

}
