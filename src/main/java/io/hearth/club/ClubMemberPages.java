package io.hearth.club;

import java.util.Locale;
import java.util.Map;

import io.hearth.identity.Caller;
import io.hearth.platform.ApiException;
import io.hearth.platform.PageController;
import io.hearth.platform.PageForms;
import io.hearth.platform.PageQuery;
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
 * A member's club in the browser: favourites, going, preferences, notifications with
 * their unread count, and the personal calendar's address (shown once when made).
 * Signed-in only (URL rule and the use cases); every change goes through the same use
 * cases as {@code /api/v1/club/me}.
 */
@PageController
@RequestMapping("/club/me")
class ClubMemberPages {

	private final Membership membership;

	private final MemberInbox inbox;

	private final ClubPageFrame frame;

	private final ClubLanguages languages;

	private final Validator validator;

	ClubMemberPages(Membership membership, MemberInbox inbox, ClubPageFrame frame, ClubLanguages languages,
			Validator validator) {
		this.membership = membership;
		this.inbox = inbox;
		this.frame = frame;
		this.languages = languages;
		this.validator = validator;
	}

	@GetMapping
	String mine(Caller caller, Locale locale, HttpServletRequest request, Model model) {
		String language = this.frame.common(caller, locale, request, model);
		model.addAttribute("favourites", this.membership.favourites(caller, language));
		if (!model.containsAttribute("preferences")) {
			model.addAttribute("preferences", this.membership.preferences(caller));
		}
		model.addAttribute("notifications", this.inbox.list(caller, new PageQuery(1, 20, null), language).getContent());
		model.addAttribute("unread", this.inbox.unread(caller));
		model.addAttribute("languages", this.languages.all());
		return "club/me";
	}

	@PostMapping("/favourites/{kind}/{slug}")
	String favourite(Caller caller, @PathVariable String kind, @PathVariable String slug,
			@RequestParam(defaultValue = "add") String action, @RequestParam(required = false) @Nullable String next) {
		if (action.equals("remove")) {
			this.membership.unfavourite(caller, kind, slug);
		}
		else {
			this.membership.favourite(caller, kind, slug);
		}
		return "redirect:" + PageForms.localTarget(next, "/club/me");
	}

	@PostMapping("/going/{slug}")
	String going(Caller caller, @PathVariable String slug, @RequestParam(defaultValue = "add") String action) {
		if (action.equals("remove")) {
			this.membership.notGoing(caller, slug);
		}
		else {
			this.membership.going(caller, slug);
		}
		return "redirect:/club/events/" + slug;
	}

	@PostMapping("/preferences")
	String preferences(Caller caller, @RequestParam Map<String, String> form, Locale locale, HttpServletRequest request,
			Model model, RedirectAttributes redirect) {
		MemberRequests.Preferences wanted;
		try {
			wanted = preferencesOf(form);
			PageForms.validated(this.validator, wanted);
			this.membership.setPreferences(caller, wanted);
		}
		catch (ApiException refused) {
			model.addAttribute("errors", PageForms.shownOnForm(refused));
			model.addAttribute("form", form);
			return mine(caller, locale, request, model);
		}
		redirect.addFlashAttribute("flashKey", "club.saved");
		return "redirect:/club/me";
	}

	@PostMapping("/calendar")
	String calendar(Caller caller, Locale locale, HttpServletRequest request, Model model) {
		model.addAttribute("calendar", this.membership.rotateCalendar(caller).url());
		return mine(caller, locale, request, model);
	}

	@PostMapping("/notifications/read")
	String read(Caller caller) {
		this.inbox.readAll(caller);
		return "redirect:/club/me#notifications";
	}

	/** The form as the API's request: a checkbox left out is off, a blank field unset. */
	static MemberRequests.Preferences preferencesOf(Map<String, String> form) {
		String from = blank(form.get("quiet_from"));
		String until = blank(form.get("quiet_until"));
		MemberRequests.QuietHours quiet = (from != null || until != null)
				? new MemberRequests.QuietHours((from != null) ? from : "", (until != null) ? until : "") : null;
		return new MemberRequests.Preferences(form.containsKey("new_events"), form.containsKey("reminders"),
				number("reminder_hours_before", form.get("reminder_hours_before")), form.containsKey("event_updates"),
				form.containsKey("weekly_digest"), blank(form.get("language")), blank(form.get("time_zone")), quiet,
				number("calendar_alarm", form.get("calendar_alarm")));
	}

	private static @Nullable Integer number(String field, @Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			throw ApiException.invalid(field, "must be a whole number");
		}
	}

	private static @Nullable String blank(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
