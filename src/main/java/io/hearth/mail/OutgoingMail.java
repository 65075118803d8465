package io.hearth.mail;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One message: plain text always, HTML as the rich alternative when given.
 *
 * @param to a single recipient address
 * @param headers extra headers, e.g. {@code List-Unsubscribe} (RFC 8058)
 * @param attachments files sent along, e.g. an event as iCalendar
 */
public record OutgoingMail(String to, String subject, String text, @Nullable String html,
		@Nullable Map<String, String> headers, @Nullable List<Attachment> attachments) {

	public OutgoingMail {
		// mails queued before these fields existed read back without them
		headers = (headers != null) ? Map.copyOf(headers) : Map.of();
		attachments = (attachments != null) ? List.copyOf(attachments) : List.of();
	}

	public OutgoingMail(String to, String subject, String text, @Nullable String html) {
		this(to, subject, text, html, Map.of(), List.of());
	}

	/**
	 * A text file sent along.
	 *
	 * @param contentType e.g. {@code text/calendar; method=PUBLISH}
	 */
	public record Attachment(String filename, String contentType, String content) {
	}

}
