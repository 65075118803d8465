package io.hearth.mail;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.format.DateTimeFormatter;

import io.hearth.jobs.JobHandler;
import io.hearth.platform.HearthProperties;
import io.hearth.platform.Ids;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * The job that delivers a queued mail: SMTP when {@code HEARTH_MAIL_HOST} is set (or
 * {@code HEARTH_MAIL_TRANSPORT=smtp}), otherwise a MIME file in
 * {@code <data dir>/mail/outbox}.
 */
@Component
class MailDelivery implements JobHandler<OutgoingMail> {

	private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss")
		.withZone(java.time.ZoneOffset.UTC);

	private final MailProperties properties;

	private final ObjectProvider<JavaMailSender> smtp;

	private final boolean useSmtp;

	private final Path outbox;

	private final Clock clock;

	MailDelivery(MailProperties properties, ObjectProvider<JavaMailSender> smtp,
			org.springframework.core.env.Environment environment, HearthProperties hearth, Clock clock) {
		this.properties = properties;
		this.smtp = smtp;
		String host = environment.getProperty("spring.mail.host", "");
		String transport = (properties.transport() != null) ? properties.transport() : "";
		this.useSmtp = transport.isBlank() ? !host.isBlank() : "smtp".equalsIgnoreCase(transport);
		this.outbox = hearth.dataDir().resolve("mail").resolve("outbox");
		this.clock = clock;
		if (!this.useSmtp && hearth.production()) {
			log.warn("Mail goes to the outbox folder {}: set HEARTH_MAIL_HOST to deliver it", this.outbox);
		}
	}

	@Override
	public String kind() {
		return Mailer.JOB;
	}

	@Override
	public Class<OutgoingMail> payloadType() {
		return OutgoingMail.class;
	}

	@Override
	public void handle(OutgoingMail mail) throws Exception {
		JavaMailSender sender = this.useSmtp ? this.smtp.getObject() : new JavaMailSenderImpl();
		MimeMessage message = sender.createMimeMessage();
		boolean multipart = mail.html() != null || !mail.attachments().isEmpty();
		MimeMessageHelper helper = new MimeMessageHelper(message, multipart, "UTF-8");
		helper.setFrom(this.properties.from());
		helper.setTo(mail.to());
		helper.setSubject(mail.subject());
		if (mail.html() != null) {
			helper.setText(mail.text(), mail.html());
		}
		else {
			helper.setText(mail.text());
		}
		for (OutgoingMail.Attachment attachment : mail.attachments()) {
			helper.addAttachment(attachment.filename(),
					new org.springframework.core.io.ByteArrayResource(
							attachment.content().getBytes(java.nio.charset.StandardCharsets.UTF_8)),
					attachment.contentType());
		}
		for (var header : mail.headers().entrySet()) {
			message.setHeader(header.getKey(), header.getValue());
		}
		if (this.useSmtp) {
			sender.send(message);
			log.info("Mail '{}' sent to {}", mail.subject(), mail.to());
			return;
		}
		Files.createDirectories(this.outbox);
		Path file = this.outbox.resolve(STAMP.format(this.clock.instant()) + "-" + Ids.newId() + ".eml");
		try (OutputStream out = Files.newOutputStream(file)) {
			message.writeTo(out);
		}
		log.info("Mail '{}' to {} written to {}", mail.subject(), mail.to(), file);
	}

	/**
	 * @param transport {@code smtp} or {@code outbox}; empty picks SMTP exactly when a
	 * host is set
	 * @param from the From header, e.g. {@code Hearth <no-reply@example.com>}
	 */
	@ConfigurationProperties("hearth.mail")
	record MailProperties(String transport, String from) {
	}

}
