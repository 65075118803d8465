package io.hearth.club;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.hearth.identity.UserDirectory;
import io.hearth.identity.UserStatus;
import io.hearth.identity.UserView;
import io.hearth.jobs.JobHandler;
import io.hearth.mail.Mailer;
import io.hearth.mail.OutgoingMail;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

/**
 * Delivers one queued notification: in the app always, by mail when the member has a
 * verified address — text and HTML in their language, times in their zone, the event
 * attached as iCalendar, and one-click unsubscribe headers (RFC 8058). A failed send
 * throws, so the job is retried with backoff; after the last retry the notification is
 * marked failed for staff to see and retry.
 */
@Component
class NotificationDelivery implements JobHandler<NotificationDelivery.Send> {

	static final String JOB = "club.notification.send";

	private final ClubNotifications notifications;

	private final ClubEvents events;

	private final Venues venues;

	private final Membership membership;

	private final ClubLanguages languages;

	private final ClubFeeds feeds;

	private final UnsubscribeLinks unsubscribe;

	private final UserDirectory users;

	private final Mailer mailer;

	private final MessageSource messages;

	private final ClubProperties properties;

	private final ClubDigest digest;

	private final Clock clock;

	NotificationDelivery(ClubNotifications notifications, ClubEvents events, Venues venues, Membership membership,
			ClubLanguages languages, ClubFeeds feeds, UnsubscribeLinks unsubscribe, UserDirectory users, Mailer mailer,
			MessageSource messages, ClubProperties properties, ClubDigest digest, Clock clock) {
		this.digest = digest;
		this.notifications = notifications;
		this.events = events;
		this.venues = venues;
		this.membership = membership;
		this.languages = languages;
		this.feeds = feeds;
		this.unsubscribe = unsubscribe;
		this.users = users;
		this.mailer = mailer;
		this.messages = messages;
		this.properties = properties;
		this.clock = clock;
	}

	record Send(UUID notificationId) {
	}

	@Override
	public String kind() {
		return JOB;
	}

	@Override
	public Class<Send> payloadType() {
		return Send.class;
	}

	@Override
	@Transactional
	public void handle(Send send) throws Exception {
		ClubNotification notification = this.notifications.findById(send.notificationId()).orElse(null);
		if (notification == null || notification.status() != ClubNotification.Status.QUEUED) {
			// delivered by an earlier run of this job, or cancelled meanwhile
			return;
		}
		UserView user = this.users.find(notification.userId()).orElse(null);
		if (user == null) {
			notification.failed("the member is gone");
			return;
		}
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		if (user.status() != UserStatus.ACTIVE) {
			// a disabled account is told nothing, in the app or by mail
			notification.cancel();
			return;
		}
		if (notification.kind() == ClubNotification.Kind.WEEKLY_DIGEST) {
			List<ClubEvent> week = this.digest.week(user.id(), now);
			if (week.isEmpty()) {
				notification.cancel();
				return;
			}
			boolean mailed = user.emailVerified();
			if (mailed) {
				this.mailer.sendNow(digestMail(notification, user, week));
			}
			notification.sent(mailed, now);
			return;
		}
		ClubEvent event = (notification.eventId() != null) ? this.events.findById(notification.eventId()).orElse(null)
				: null;
		if (event == null) {
			notification.failed("the event is gone");
			return;
		}
		boolean stale = (notification.kind() != ClubNotification.Kind.EVENT_CANCELLED
				&& event.publication() != ClubEvent.Publication.PUBLISHED)
				|| (notification.kind() == ClubNotification.Kind.REMINDER && !now.isBefore(event.startsAt()));
		if (stale) {
			notification.cancel();
			return;
		}
		boolean mailed = false;
		if (user.emailVerified()) {
			this.mailer.sendNow(mail(notification, user, event));
			mailed = true;
		}
		notification.sent(mailed, now);
	}

	@Override
	@Transactional
	public void gaveUp(Send send) {
		this.notifications.findById(send.notificationId())
			.filter((n) -> n.status() == ClubNotification.Status.QUEUED)
			.ifPresent((n) -> n.failed("mail delivery failed after its retries"));
	}

	/**
	 * The week's events, one line each (time in the member's zone, title, venue, link),
	 * with all of them attached as one calendar.
	 */
	OutgoingMail digestMail(ClubNotification notification, UserView user, List<ClubEvent> week) {
		ClubMember member = this.membership.member(user.id());
		String language = this.membership.languageOf(member, user.id());
		Locale locale = Locale.forLanguageTag(language);
		ZoneId zone = member.zone(this.properties.timeZone());
		DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT)
			.withLocale(locale);
		Map<UUID, String> venueNames = new HashMap<>();
		this.venues.findAllById(week.stream().map(ClubEvent::venueId).distinct().toList()).forEach((v) -> {
			ClubLanguages.Chosen<Venue.Text> name = this.languages.pick(v.texts(), language);
			venueNames.put(v.id(), (name != null) ? name.text().name() : v.slug());
		});
		StringBuilder plain = new StringBuilder();
		StringBuilder html = new StringBuilder();
		String intro = this.messages.getMessage("club.mail.weekly_digest.body", new Object[] { week.size() }, locale);
		plain.append(intro).append("\n\n");
		html.append("<p>").append(HtmlUtils.htmlEscape(intro)).append("</p><ul>");
		for (ClubEvent event : week) {
			ClubLanguages.Chosen<ClubEvent.Text> text = this.languages.pick(event.texts(), language);
			String title = (text != null) ? text.text().title() : event.slug();
			String when = format.format(event.startsAt().atZone(zone));
			String venue = venueNames.getOrDefault(event.venueId(), "");
			String link = this.properties.publicUrl() + "/api/v1/club/events/" + event.slug() + "?lang=" + language;
			plain.append("- ")
				.append(when)
				.append(" · ")
				.append(title)
				.append(" · ")
				.append(venue)
				.append("\n  ")
				.append(link)
				.append("\n");
			html.append("<li>")
				.append(HtmlUtils.htmlEscape(when))
				.append(" · <a href=\"")
				.append(HtmlUtils.htmlEscape(link))
				.append("\">")
				.append(HtmlUtils.htmlEscape(title))
				.append("</a> · ")
				.append(HtmlUtils.htmlEscape(venue))
				.append("</li>");
		}
		html.append("</ul>");
		String subject = this.messages.getMessage("club.mail.weekly_digest.subject", new Object[] { week.size() },
				locale);
		String stop = this.unsubscribe.url(user.id(), notification.kind());
		plain.append("\n(")
			.append(zone.getId())
			.append(")\n\n-- \n")
			.append(this.messages.getMessage("club.mail.unsubscribe", new Object[] { stop }, locale))
			.append("\n");
		html.append(footer(stop, locale));
		OutgoingMail.Attachment ics = new OutgoingMail.Attachment("week.ics",
				"text/calendar; charset=UTF-8; method=PUBLISH",
				this.feeds.these(subject, week.stream().map(ClubEvent::id).toList(), language));
		return new OutgoingMail(user.email(), subject, plain.toString(), html.toString(), unsubscribeHeaders(stop),
				List.of(ics));
	}

	private String footer(String stop, Locale locale) {
		return "<hr><p style=\"font-size:small\"><a href=\"" + HtmlUtils.htmlEscape(stop) + "\">"
				+ HtmlUtils.htmlEscape(this.messages.getMessage("club.mail.unsubscribe", new Object[] { "" }, locale)
					.replaceAll("[:\\s]+$", ""))
				+ "</a></p>";
	}

	private static Map<String, String> unsubscribeHeaders(String stop) {
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("List-Unsubscribe", "<" + stop + ">");
		headers.put("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
		return headers;
	}

	OutgoingMail mail(ClubNotification notification, UserView user, ClubEvent event) {
		ClubMember member = this.membership.member(user.id());
		String language = this.membership.languageOf(member, user.id());
		Locale locale = Locale.forLanguageTag(language);
		ZoneId zone = member.zone(this.properties.timeZone());
		ClubLanguages.Chosen<ClubEvent.Text> text = this.languages.pick(event.texts(), language);
		String title = (text != null) ? text.text().title() : event.slug();
		String venue = this.venues.findById(event.venueId()).map((v) -> {
			ClubLanguages.Chosen<Venue.Text> name = this.languages.pick(v.texts(), language);
			return (name != null) ? name.text().name() : v.slug();
		}).orElse("");
		String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT)
			.withLocale(locale)
			.format(event.startsAt().atZone(zone)) + " (" + zone.getId() + ")";
		String kind = notification.kind().value();
		Object[] args = { venue, title, when };
		String subject = this.messages.getMessage("club.mail." + kind + ".subject", args, locale);
		String body = this.messages.getMessage("club.mail." + kind + ".body", args, locale);
		String link = this.properties.publicUrl() + "/api/v1/club/events/" + event.slug() + "?lang=" + language;
		String stop = this.unsubscribe.url(user.id(), notification.kind());
		String details = this.messages.getMessage("club.mail.details", new Object[] { link }, locale);
		String unsubscribe = this.messages.getMessage("club.mail.unsubscribe", new Object[] { stop }, locale);
		String plain = body + "\n\n" + details + "\n\n-- \n" + unsubscribe + "\n";
		String html = "<p>" + HtmlUtils.htmlEscape(body) + "</p><p><a href=\"" + HtmlUtils.htmlEscape(link) + "\">"
				+ HtmlUtils.htmlEscape(title) + "</a></p>" + footer(stop, locale);
		Map<String, String> headers = unsubscribeHeaders(stop);
		OutgoingMail.Attachment ics = new OutgoingMail.Attachment(event.slug() + ".ics",
				"text/calendar; charset=UTF-8; method=PUBLISH", this.feeds.event(event, language));
		return new OutgoingMail(user.email(), subject, plain, html, headers, List.of(ics));
	}

}
