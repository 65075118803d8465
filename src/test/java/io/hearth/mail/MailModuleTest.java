package io.hearth.mail;

import io.hearth.jobs.Jobs;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.mockito.Mockito.verify;

/**
 * The mail module alone (jobs mocked): sending queues one delivery job carrying the
 * message; delivery itself is tested over real SMTP in MailFlowsSystemTest.
 */
@ApplicationModuleTest
@ActiveProfiles("test")
class MailModuleTest {

	@MockitoBean
	Jobs jobs;

	@Autowired
	Mailer mailer;

	@Test
	void shouldQueueEveryMailAsADeliveryJob() {
		OutgoingMail mail = new OutgoingMail("someone@example.test", "Hello", "Plain text", null);
		this.mailer.send(mail);
		verify(this.jobs).enqueue(Mailer.JOB, mail);
	}

}
