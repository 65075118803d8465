package io.hearth.mail;

import io.hearth.jobs.Jobs;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Sends mail without blocking the request: the message is a job, delivered after commit
 * and retried on failure.
 */
@Service
public class Mailer {

	static final String JOB = "mail.send";

	/**
	 * Lazily: jobs that send mail run in the scheduler, and the queue needs the
	 * scheduler.
	 */
	private final ObjectProvider<Jobs> jobs;

	private final MailDelivery delivery;

	Mailer(ObjectProvider<Jobs> jobs, MailDelivery delivery) {
		this.jobs = jobs;
		this.delivery = delivery;
	}

	public void send(OutgoingMail mail) {
		this.jobs.getObject().enqueue(JOB, mail);
	}

	/**
	 * Delivers now, in the caller's thread, for a caller that is itself a job and keeps
	 * its own record of what was sent (a club notification's status): a failure throws,
	 * so that job is retried.
	 */
	public void sendNow(OutgoingMail mail) throws Exception {
		this.delivery.handle(mail);
	}

}
