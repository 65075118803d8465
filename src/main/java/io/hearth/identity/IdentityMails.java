package io.hearth.identity;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import io.hearth.mail.Mailer;
import io.hearth.mail.OutgoingMail;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The verification and reset mails: a link for people, the bare token for API clients.
 */
@Component
class IdentityMails {

	private final Mailer mailer;

	private final String publicUrl;

	IdentityMails(Mailer mailer, IdentityProperties properties) {
		this.mailer = mailer;
		this.publicUrl = properties.publicUrl().replaceAll("/+$", "");
	}

	void sendVerification(String to, String name, String token) {
		send(to, "Confirm your email address", name, "confirm this email address for your account",
				this.publicUrl + "/verify-email?token=" + encode(token), token, "24 hours");
	}

	void sendPasswordReset(String to, String name, String token) {
		send(to, "Reset your password", name, "choose a new password",
				this.publicUrl + "/reset-password?token=" + encode(token), token, "30 minutes");
	}

	private void send(String to, String subject, String name, String action, String link, String token,
			String validity) {
		String text = """
				Hello %s,

				Open this link to %s:
				%s

				Or use this token with the API: %s

				It works once and expires in %s. If you did not ask for this, ignore this mail.
				""".formatted(name, action, link, token, validity);
		String html = """
				<p>Hello %s,</p>
				<p><a href="%s">Open this link to %s</a>.</p>
				<p>Or use this token with the API: <code>%s</code></p>
				<p>It works once and expires in %s. If you did not ask for this, ignore this mail.</p>
				""".formatted(HtmlUtils.htmlEscape(name), HtmlUtils.htmlEscape(link), action, token, validity);
		this.mailer.send(new OutgoingMail(to, subject, text, html));
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
