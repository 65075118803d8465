package io.hearth.club;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.hearth.identity.Caller;
import io.hearth.platform.Envelope;
import io.hearth.platform.PageQuery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * A member's side of the club: favourites, going, preferences, the personal calendar and
 * the in-app notifications (signed in), and the two addresses that work signed out — the
 * calendar behind its secret token and the one-click unsubscribe.
 */
@RestController
@Tag(name = "Club members", description = "Favourites, going, preferences, calendar and notifications")
class MemberController {

	private static final String KIND = "venue, artist or event";

	private static final MediaType HTML = new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8);

	private static final String LANG = "One of the club's languages; without it, the best match of Accept-Language";

	private final Membership membership;

	private final MemberInbox inbox;

	private final ClubLanguages languages;

	MemberController(Membership membership, MemberInbox inbox, ClubLanguages languages) {
		this.membership = membership;
		this.inbox = inbox;
		this.languages = languages;
	}

	@GetMapping("/api/v1/club/me/favourites")
	@Operation(summary = "My favourite venues, artists and events, and the events I go to")
	ResponseEntity<Envelope<Membership.Favourites>> favourites(Caller caller,
			@Parameter(description = LANG) @RequestParam(required = false) @Nullable String lang,
			@RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) @Nullable String accept) {
		String language = this.languages.forRequest(lang, accept);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_LANGUAGE, language)
			.body(Envelope.of(this.membership.favourites(caller, language)));
	}

	@PutMapping("/api/v1/club/me/favourites/{kind}/{slug}")
	@Operation(summary = "Make a venue, an artist or an event a favourite (again: no change)")
	ResponseEntity<Void> favourite(Caller caller,
			@Parameter(description = KIND,
					schema = @Schema(allowableValues = { "venue", "artist", "event" })) @PathVariable String kind,
			@PathVariable String slug) {
		this.membership.favourite(caller, kind, slug);
		return ResponseEntity.noContent().build();
	}

	@DeleteMapping("/api/v1/club/me/favourites/{kind}/{slug}")
	@Operation(summary = "No longer a favourite")
	ResponseEntity<Void> unfavourite(Caller caller,
			@Parameter(description = KIND,
					schema = @Schema(allowableValues = { "venue", "artist", "event" })) @PathVariable String kind,
			@PathVariable String slug) {
		this.membership.unfavourite(caller, kind, slug);
		return ResponseEntity.noContent().build();
	}

	@PutMapping("/api/v1/club/me/going/{slug}")
	@Operation(summary = "I am going to this event; answers how many are")
	Envelope<Map<String, Object>> going(Caller caller, @PathVariable String slug) {
		return Envelope.of(goingBody(slug, true, this.membership.going(caller, slug)));
	}

	@DeleteMapping("/api/v1/club/me/going/{slug}")
	@Operation(summary = "I am no longer going; answers how many are")
	Envelope<Map<String, Object>> notGoing(Caller caller, @PathVariable String slug) {
		return Envelope.of(goingBody(slug, false, this.membership.notGoing(caller, slug)));
	}

	@GetMapping("/api/v1/club/me/preferences")
	@Operation(summary = "How I hear about the programme")
	Envelope<Membership.PreferencesView> preferences(Caller caller) {
		return Envelope.of(this.membership.preferences(caller));
	}

	@PutMapping("/api/v1/club/me/preferences")
	@Operation(summary = "Set how I hear about the programme, all at once (a field left out takes its default)",
			description = "Defaults: new_events, reminders and event_updates on, reminder_hours_before 24, "
					+ "weekly_digest off, no quiet hours, no calendar alarm, language and time zone from the account "
					+ "and the club.")
	Envelope<Membership.PreferencesView> setPreferences(Caller caller,
			@Valid @RequestBody MemberRequests.Preferences body) {
		return Envelope.of(this.membership.setPreferences(caller, body));
	}

	@PostMapping("/api/v1/club/me/calendar-token")
	@Operation(summary = "Make (or replace) my personal calendar's secret address",
			description = "The address is shown once; the previous one stops working.")
	Envelope<Membership.CalendarLink> rotateCalendar(Caller caller) {
		return Envelope.of(this.membership.rotateCalendar(caller));
	}

	@DeleteMapping("/api/v1/club/me/calendar-token")
	@Operation(summary = "Turn my personal calendar off")
	ResponseEntity<Void> stopCalendar(Caller caller) {
		this.membership.stopCalendar(caller);
		return ResponseEntity.noContent().build();
	}

	@GetMapping(path = "/api/v1/club/me/calendar.ics", produces = "text/calendar")
	@Operation(summary = "My calendar: what I go to and follow, behind the secret token (no sign-in: calendar apps "
			+ "cannot send one)")
	ResponseEntity<String> calendar(@Parameter(description = "The secret of my calendar's address") @RequestParam(
			defaultValue = "") String token) {
		return ResponseEntity.ok()
			.contentType(ClubFeedController.CALENDAR)
			.cacheControl(CacheControl.noStore())
			.body(this.membership.calendar(token));
	}

	@GetMapping("/api/v1/club/me/notifications")
	@Operation(summary = "My notifications, newest first; meta.unread counts the unread ones")
	Envelope<List<MemberInbox.NotificationView>> notifications(Caller caller, PageQuery paging,
			@Parameter(description = LANG) @RequestParam(required = false) @Nullable String lang,
			@RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) @Nullable String accept) {
		String language = this.languages.forRequest(lang, accept);
		Envelope<List<MemberInbox.NotificationView>> page = Envelope.page(this.inbox.list(caller, paging, language));
		Map<String, Object> meta = new LinkedHashMap<>((page.meta() != null) ? page.meta() : Map.of());
		meta.put("unread", this.inbox.unread(caller));
		return new Envelope<>(true, page.data(), meta);
	}

	@PostMapping("/api/v1/club/me/notifications/{id}/read")
	@Operation(summary = "Mark one of my notifications read")
	ResponseEntity<Void> read(Caller caller, @PathVariable UUID id) {
		this.inbox.read(caller, id);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/api/v1/club/me/notifications/read")
	@Operation(summary = "Mark all my notifications read")
	Envelope<Map<String, Object>> readAll(Caller caller) {
		return Envelope.of(Map.of("marked", this.inbox.readAll(caller)));
	}

	@GetMapping(path = "/api/v1/club/unsubscribe", produces = MediaType.TEXT_HTML_VALUE)
	@Operation(summary = "The page a person reaches from the mail's link: one button that confirms",
			description = "Changes nothing (mail scanners open links); an altered link is 403.")
	ResponseEntity<String> unsubscribePage(
			@RequestParam String member, @Parameter(schema = @Schema(allowableValues = { "new_event", "reminder",
					"event_changed", "event_cancelled", "weekly_digest" })) @RequestParam String kind,
			@RequestParam String sig) {
		this.inbox.checkUnsubscribe(member, kind, sig);
		String action = "/api/v1/club/unsubscribe?member=" + HtmlUtils.htmlEscape(member) + "&amp;kind="
				+ HtmlUtils.htmlEscape(kind) + "&amp;sig=" + HtmlUtils.htmlEscape(sig);
		return ResponseEntity.ok()
			.contentType(HTML)
			.cacheControl(CacheControl.noStore())
			.body(page("<p>Stop the club's <strong>" + HtmlUtils.htmlEscape(kind.replace('_', ' '))
					+ "</strong> mails?</p><form method=\"post\" action=\"" + action
					+ "\"><input type=\"hidden\" name=\"confirmed\" value=\"page\"><button>Unsubscribe</button></form>"));
	}

	@PostMapping(path = "/api/v1/club/unsubscribe")
	@Operation(summary = "One-click unsubscribe (RFC 8058) from one kind of club mail, by the mail's signed link",
			description = "Works signed out; mail providers POST List-Unsubscribe=One-Click (204). The page's button "
					+ "(confirmed=page) gets a page back. An altered link is 403.")
	ResponseEntity<String> unsubscribe(@RequestParam String member,
			@Parameter(schema = @Schema(allowableValues = { "new_event", "reminder", "event_changed", "event_cancelled",
					"weekly_digest" })) @RequestParam String kind,
			@RequestParam String sig, @RequestParam(required = false) @Nullable String confirmed) {
		this.inbox.unsubscribe(member, kind, sig);
		if (!"page".equals(confirmed)) {
			return ResponseEntity.noContent().build();
		}
		return ResponseEntity.ok().contentType(HTML).body(page("<p>Done: no more of these mails.</p>"));
	}

	/** A page too small for the page layer's templates; every value in it is escaped. */
	private static String page(String body) {
		return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>The Dreamer's Cave</title>"
				+ "</head><body>" + body + "</body></html>";
	}

	private static Map<String, Object> goingBody(String slug, boolean going, int count) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("event", slug);
		body.put("going", going);
		body.put("count", count);
		return body;
	}

}
