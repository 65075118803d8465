package io.hearth.mail;

import io.hearth.jobs.Jobs;

import org.springframework.stereotype.Service;

/**
 * Sends mail without blocking the request: the message is a job, delivered after commit
 * and retried on failure.
 */
@Service
public class Mailer {

	static final String JOB = "mail.send";

	private final Jobs jobs;

	Mailer(Jobs jobs) {
		this.jobs = jobs;
	}

	public void send(OutgoingMail mail) {
		this.jobs.enqueue(JOB, mail);
	}

}
