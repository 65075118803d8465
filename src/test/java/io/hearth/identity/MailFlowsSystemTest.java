package io.hearth.identity;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import io.hearth.support.Api.Reply;
import io.hearth.support.ApiSystemTest;
import io.hearth.support.Pages;
import io.hearth.support.TestAccounts.Account;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import static io.hearth.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reset and verification mails delivered over real SMTP (GreenMail on loopback) by the
 * job queue, and the token read from the received mail working exactly once.
 */
@TestPropertySource(properties = "hearth.jobs.enabled=true")
@DirtiesContext
class MailFlowsSystemTest extends ApiSystemTest {

	static final ServerSetup SMTP = new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);

	@RegisterExtension
	static GreenMailExtension mail = new GreenMailExtension(SMTP.dynamicPort()).withPerMethodLifecycle(false);

	@DynamicPropertySource
	static void smtp(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> mail.getSmtp().getPort());
		registry.add("spring.mail.properties.mail.smtp.starttls.enable", () -> "false");
		registry.add("hearth.mail.from", () -> "Hearth <no-reply@hearth.test>");
	}

	@BeforeEach
	void setUp() throws Exception {
		mail.purgeEmailFromAllMailboxes();
	}

	@Test
	void shouldMailAResetTokenThatWorksOnceAndEndsEverySession() throws Exception {
		Account user = this.accounts.create("user");
		Reply unknown = this.api.post("/api/v1/auth/password/forgot", "{\"email\": \"nobody-at-all@example.test\"}");
		assertThat(unknown.status()).isEqualTo(202);
		Reply known = this.api.post("/api/v1/auth/password/forgot", "{\"email\": \"%s\"}".formatted(user.email()));
		assertThat(known.status()).isEqualTo(202);
		assertThat(known.body()).isEqualTo(unknown.body());

		MimeMessage message = awaitOne();
		assertThat(message.getAllRecipients()[0].toString()).isEqualTo(user.email());
		assertThat(message.getSubject()).isEqualTo("Reset your password");
		assertThat(message.getFrom()[0].toString()).contains("no-reply@hearth.test");
		assertThat(message.getContentType()).startsWith("multipart/");
		String token = token(message);

		Reply reset = this.api.post("/api/v1/auth/password/reset",
				"{\"token\": \"%s\", \"new_password\": \"Mailed-new-pass-77\"}".formatted(token));
		assertThat(reset.status()).as(reset.toString()).isEqualTo(204);
		assertProblem(this.api.as(user).get("/api/v1/auth/me"), 401, "UNAUTHENTICATED");
		assertThat(this.accounts.login(user.username(), "Mailed-new-pass-77").id()).isEqualTo(user.id());

		Reply again = this.api.post("/api/v1/auth/password/reset",
				"{\"token\": \"%s\", \"new_password\": \"Yet-another-pass-88\"}".formatted(token));
		assertProblem(again, 422, "VALIDATION_FAILED");
		assertThat(again.json().has("errors")).isTrue();
		assertThat(mail.getReceivedMessages()).as("no mail for the unknown address").hasSize(1);
	}

	@Test
	void shouldVerifyTheEmailAddressWithTheMailedToken() throws Exception {
		Account user = this.accounts.create("user");
		assertThat(this.api.as(user).post("/api/v1/auth/email/verify/request", null).status()).isEqualTo(202);
		MimeMessage message = awaitOne();
		assertThat(message.getSubject()).isEqualTo("Confirm your email address");
		String token = token(message);
		Reply verified = this.api.post("/api/v1/auth/email/verify", "{\"token\": \"%s\"}".formatted(token));
		assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
		assertThat(verified.json().at("/data/email_verified").asBoolean()).isTrue();
		assertThat(this.api.as(user).get("/api/v1/auth/me").json().at("/data/email_verified").asBoolean()).isTrue();
		assertProblem(this.api.post("/api/v1/auth/email/verify", "{\"token\": \"%s\"}".formatted(token)), 422,
				"VALIDATION_FAILED");
	}

	@Test
	void shouldConfirmTheAddressOnlyWhenTheMailedLinksPageIsSubmitted() throws Exception {
		Account user = this.accounts.create("user");
		assertThat(this.api.as(user).post("/api/v1/auth/email/verify/request", null).status()).isEqualTo(202);
		String token = token(awaitOne());
		Pages browser = new Pages(this.port);
		// what a mail scanner fetching the link does: it must not confirm anything
		HttpResponse<String> page = browser.get("/verify-email?token=" + token);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Confirm my address");
		assertThat(this.api.as(user).get("/api/v1/auth/me").json().at("/data/email_verified").asBoolean()).isFalse();

		HttpResponse<String> confirmed = browser.submit("/verify-email", Map.of("token", token));
		assertThat(confirmed.statusCode()).isEqualTo(200);
		assertThat(confirmed.body()).contains("your e-mail address is confirmed");
		assertThat(this.api.as(user).get("/api/v1/auth/me").json().at("/data/email_verified").asBoolean()).isTrue();
		browser.get("/verify-email?token=" + token);
		assertThat(browser.submit("/verify-email", Map.of("token", token)).body()).contains("already used");
	}

	private static MimeMessage awaitOne() {
		assertThat(mail.waitForIncomingEmail(15_000, 1)).as("a mail arrives").isTrue();
		return mail.getReceivedMessages()[0];
	}

	private static String token(MimeMessage message) throws Exception {
		Matcher matcher = Pattern.compile("token with the API: ([A-Za-z0-9_-]{43})")
			.matcher(plainText(message.getContent()));
		assertThat(matcher.find()).as("the mail carries a token").isTrue();
		return matcher.group(1);
	}

	/** The decoded text/plain part, wherever it sits in the multipart tree. */
	private static String plainText(Object content) throws Exception {
		if (content instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				BodyPart part = multipart.getBodyPart(i);
				String found = part.isMimeType("text/plain") ? (String) part.getContent()
						: plainText(part.getContent());
				if (!found.isEmpty()) {
					return found;
				}
			}
			return "";
		}
		return (content instanceof String text) ? text : "";
	}

}
