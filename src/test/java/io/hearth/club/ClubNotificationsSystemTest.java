package io.hearth.club;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import io.hearth.support.Api.Reply;
import io.hearth.support.ApiSystemTest;
import io.hearth.support.Instances;
import io.hearth.support.TestAccounts.Account;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Notifications made by the jobs and delivered over real SMTP (GreenMail on loopback): a
 * reminder sent once although its jobs run twice and on two instances, in the member's
 * language with the event attached and one-click unsubscribe; a moved event moving its
 * reminder and a cancelled one cancelling it; quiet hours deferring a send; a published
 * event telling the followers of its venue.
 */
@TestPropertySource(properties = "hearth.jobs.enabled=true")
@DirtiesContext
class ClubNotificationsSystemTest extends ApiSystemTest {

	static final ServerSetup SMTP = new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);

	@RegisterExtension
	static GreenMailExtension mail = new GreenMailExtension(SMTP.dynamicPort()).withPerMethodLifecycle(false);

	static Instances instances = new Instances();

	@DynamicPropertySource
	static void smtp(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> mail.getSmtp().getPort());
		registry.add("spring.mail.properties.mail.smtp.starttls.enable", () -> "false");
		registry.add("hearth.mail.from", () -> "The Cave <club@hearth.test>");
	}

	@AfterAll
	static void stop() {
		instances.close();
	}

	@Autowired
	NotificationPlanner planner;

	@Autowired
	NotificationDispatch dispatch;

	@Autowired
	ClubDigest digest;

	@Autowired
	JdbcTemplate jdbc;

	Account staff;

	Account member;

	String venueSlug;

	String venueId;

	@BeforeEach
	void club() throws Exception {
		mail.purgeEmailFromAllMailboxes();
		this.staff = this.accounts.create("staff");
		this.member = this.accounts.create("user");
		this.jdbc.update("UPDATE users SET email_verified = TRUE WHERE id = ?", this.member.id());
		this.api.as(this.member).put("/api/v1/club/me/preferences", "{\"language\": \"it\"}");
		this.venueSlug = "cave-" + UUID.randomUUID().toString().substring(0, 8);
		this.venueId = this.api.as(this.staff)
			.post("/api/v1/club/admin/venues", """
					{"slug": "%s", "capacity": 40, "mood": "cosmic",
					 "texts": {"en": {"name": "Blue Cave"}, "it": {"name": "Grotta Blu"}}}""".formatted(this.venueSlug))
			.json()
			.at("/data/id")
			.asString();
	}

	@Test
	void aReminderIsMailedOnceWhateverRunsItTwiceOrOnTwoInstances() throws Exception {
		assertThat(this.api.as(this.member).put("/api/v1/club/me/favourites/venue/" + this.venueSlug, null).status())
			.isEqualTo(204);
		String event = published("Deep Night", Instant.now().plus(2, ChronoUnit.HOURS));
		Instant soon = Instant.now().plus(20, ChronoUnit.MINUTES);
		this.planner.remindersDueBy(soon);
		this.planner.remindersDueBy(soon);
		ConfigurableApplicationContext other = instances.start(new Class<?>[0], "hearth.jobs.enabled=true",
				"spring.mail.host=127.0.0.1", "spring.mail.port=" + mail.getSmtp().getPort(),
				"spring.mail.properties.mail.smtp.starttls.enable=false",
				"hearth.mail.from=The Cave <club@hearth.test>");
		other.getBean(NotificationPlanner.class).remindersDueBy(soon);
		assertThat(count("kind = 'reminder' AND event_id = ?", event)).isEqualTo(1);

		this.dispatch.dispatch();
		other.getBean(NotificationDispatch.class).dispatch();
		await().atMost(Duration.ofSeconds(20))
			.until(() -> count("kind = 'reminder' AND event_id = ? AND status = 'sent'", event) == 1);
		// the venue's follower was also told the event is new: one mail of each kind
		List<MimeMessage> received = new ArrayList<>();
		for (MimeMessage message : to(this.member.email())) {
			if (message.getSubject().startsWith("Promemoria")) {
				received.add(message);
			}
		}
		assertThat(received).hasSize(1);
		MimeMessage message = received.getFirst();
		assertThat(message.getSubject()).isEqualTo("Promemoria: Deep Night (it) a Grotta Blu");
		String unsubscribe = message.getHeader("List-Unsubscribe")[0];
		assertThat(unsubscribe).startsWith("<http").contains("/api/v1/club/unsubscribe?member=" + this.member.id());
		assertThat(message.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
		String calendar = part(message.getContent(), "text/calendar");
		assertThat(calendar).contains("UID:" + event + "@club.hearth").contains("BEGIN:VTIMEZONE");
		assertThat(part(message.getContent(), "text/plain")).contains("Grotta Blu");
		assertThat(count("kind = 'reminder' AND event_id = ? AND mailed = TRUE", event)).isEqualTo(1);

		// the mail's own link, posted as a mail provider does (RFC 8058), signed out
		String path = unsubscribe.substring(unsubscribe.indexOf("/api/v1/club/unsubscribe"), unsubscribe.length() - 1);
		Reply stopped = this.api.post(path, null);
		assertThat(stopped.status()).as(stopped.toString()).isEqualTo(204);
		assertThat(this.api.as(this.member).get("/api/v1/club/me/preferences").json().at("/data/reminders").asBoolean())
			.isFalse();
	}

	@Test
	void aMovedEventMovesItsReminderAndACancelledOneCancelsIt() throws Exception {
		Instant start = Instant.now().plus(5, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
		String event = published("Slow Jazz", start);
		String slug = this.api.as(this.staff)
			.get("/api/v1/club/admin/events/" + event)
			.json()
			.at("/data/slug")
			.asString();
		assertThat(this.api.as(this.member).put("/api/v1/club/me/going/" + slug, null).status()).isEqualTo(200);
		this.planner.remindersDueBy(Instant.now().plus(10, ChronoUnit.DAYS));
		assertThat(due(event)).isEqualTo(start.minus(24, ChronoUnit.HOURS));

		Instant later = start.plus(1, ChronoUnit.DAYS);
		Reply moved = this.api.as(this.staff).put("/api/v1/club/admin/events/" + event, body("Slow Jazz", later));
		assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
		await().atMost(Duration.ofSeconds(20)).until(() -> due(event).equals(later.minus(24, ChronoUnit.HOURS)));
		await().atMost(Duration.ofSeconds(20))
			.until(() -> count("kind = 'event_changed' AND event_id = ? AND user_id = ?", event,
					this.member.id()) == 1);

		assertThat(this.api.as(this.staff).post("/api/v1/club/admin/events/" + event + "/cancel", null).status())
			.isEqualTo(200);
		await().atMost(Duration.ofSeconds(20))
			.until(() -> count("kind = 'reminder' AND event_id = ? AND status = 'cancelled'", event) == 1);
		await().atMost(Duration.ofSeconds(20))
			.until(() -> count("kind = 'event_cancelled' AND event_id = ? AND user_id = ?", event,
					this.member.id()) == 1);
	}

	@Test
	void aSendFallingInQuietHoursWaitsForTheirEnd() throws Exception {
		ZoneId zone = ZoneId.of("Asia/Tokyo");
		LocalTime now = ZonedDateTime.now(zone).toLocalTime();
		DateTimeFormatter hhmm = DateTimeFormatter.ofPattern("HH:mm");
		String from = now.minusHours(1).format(hhmm);
		String until = now.plusHours(1).format(hhmm);
		Reply set = this.api.as(this.member)
			.put("/api/v1/club/me/preferences", """
					{"language": "it", "time_zone": "Asia/Tokyo", "quiet_hours": {"from": "%s", "until": "%s"}}"""
				.formatted(from, until));
		assertThat(set.status()).as(set.toString()).isEqualTo(200);
		this.api.as(this.member).put("/api/v1/club/me/favourites/venue/" + this.venueSlug, null);
		String event = published("Night Owls", Instant.now().plus(3, ChronoUnit.HOURS));
		this.planner.remindersDueBy(Instant.now().plus(20, ChronoUnit.MINUTES));

		this.dispatch.dispatch();
		assertThat(count("kind = 'reminder' AND event_id = ? AND status = 'pending'", event)).isEqualTo(1);
		Instant end = ZonedDateTime.now(zone).with(LocalTime.parse(until)).toInstant();
		if (end.isBefore(Instant.now())) {
			end = end.plus(1, ChronoUnit.DAYS);
		}
		assertThat(Duration.between(end, due(event)).abs()).isLessThan(Duration.ofMinutes(1));
		assertThat(to(this.member.email())).isEmpty();
	}

	@Test
	void aPublishedEventTellsTheFollowersOfItsVenue() throws Exception {
		assertThat(this.api.as(this.member).put("/api/v1/club/me/favourites/venue/" + this.venueSlug, null).status())
			.isEqualTo(204);
		String event = published("Opening Night", Instant.now().plus(10, ChronoUnit.DAYS));
		await().atMost(Duration.ofSeconds(20))
			.until(() -> count("kind = 'new_event' AND event_id = ? AND user_id = ?", event, this.member.id()) == 1);
		this.dispatch.dispatch();
		await().atMost(Duration.ofSeconds(20)).until(() -> !to(this.member.email()).isEmpty());
		assertThat(to(this.member.email()).getFirst().getSubject())
			.isEqualTo("Novità a Grotta Blu: Opening Night (it)");
	}

	@Test
	void aWeeklyDigestListsTheWeekOfWhatAMemberFollowsOnceAndTellsADisabledAccountNothing() throws Exception {
		String digest = "{\"language\": \"it\", \"weekly_digest\": true, \"time_zone\": \"Europe/Rome\"}";
		assertThat(this.api.as(this.member).put("/api/v1/club/me/preferences", digest).status()).isEqualTo(200);
		assertThat(this.api.as(this.member).put("/api/v1/club/me/favourites/venue/" + this.venueSlug, null).status())
			.isEqualTo(204);
		Account disabled = this.accounts.create("user");
		this.jdbc.update("UPDATE users SET email_verified = TRUE WHERE id = ?", disabled.id());
		assertThat(this.api.as(disabled).put("/api/v1/club/me/preferences", digest).status()).isEqualTo(200);
		assertThat(this.api.as(disabled).put("/api/v1/club/me/favourites/venue/" + this.venueSlug, null).status())
			.isEqualTo(204);
		this.jdbc.update("UPDATE users SET status = 'DISABLED' WHERE id = ?", disabled.id());
		String event = published("Soul Week", Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS));
		published("Far Away", Instant.now().plus(9, ChronoUnit.DAYS));

		ZoneId rome = ZoneId.of("Europe/Rome");
		Instant monday = ZonedDateTime.now(rome)
			.with(java.time.temporal.TemporalAdjusters.previous(java.time.DayOfWeek.MONDAY))
			.toLocalDate()
			.atTime(9, 30)
			.atZone(rome)
			.toInstant();
		this.digest.makeDue(monday);
		this.digest.makeDue(monday);
		assertThat(count("kind = 'weekly_digest' AND user_id = ?", this.member.id())).isEqualTo(1);
		assertThat(count("kind = 'weekly_digest' AND user_id = ?", disabled.id())).isEqualTo(1);

		this.dispatch.dispatch();
		await().atMost(Duration.ofSeconds(20))
			.until(() -> count("kind = 'weekly_digest' AND user_id = ? AND status = 'sent'", this.member.id()) == 1
					&& count("kind = 'weekly_digest' AND user_id = ? AND status = 'cancelled'", disabled.id()) == 1);
		List<MimeMessage> digests = new ArrayList<>();
		for (MimeMessage message : to(this.member.email())) {
			if (message.getSubject().startsWith("La tua settimana")) {
				digests.add(message);
			}
		}
		assertThat(digests).hasSize(1);
		String text = part(digests.getFirst().getContent(), "text/plain");
		assertThat(text).contains("Soul Week (it)").contains("Grotta Blu").doesNotContain("Far Away");
		assertThat(part(digests.getFirst().getContent(), "text/calendar")).contains("UID:" + event + "@club.hearth");
		assertThat(digests.getFirst().getHeader("List-Unsubscribe")[0]).contains("kind=weekly_digest");
		assertThat(to(disabled.email())).isEmpty();
	}

	private String published(String title, Instant start) {
		Reply created = this.api.as(this.staff).post("/api/v1/club/admin/events", body(title, start));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		String id = created.json().at("/data/id").asString();
		assertThat(this.api.as(this.staff).post("/api/v1/club/admin/events/" + id + "/publish", null).status())
			.isEqualTo(200);
		return id;
	}

	private String body(String title, Instant start) {
		return """
				{"type": "live_singer", "venue_id": "%s", "starts_at": "%s", "ends_at": "%s", "time_zone": "Europe/Rome",
				 "texts": {"en": {"title": "%s"}, "it": {"title": "%s (it)"}}}"""
			.formatted(this.venueId, start, start.plus(2, ChronoUnit.HOURS), title, title);
	}

	private int count(String where, Object... args) {
		Object[] values = new Object[args.length];
		for (int i = 0; i < args.length; i++) {
			values[i] = (args[i] instanceof String s && s.length() == 36) ? UUID.fromString(s) : args[i];
		}
		Integer n = this.jdbc.queryForObject("SELECT COUNT(*) FROM club_notifications WHERE " + where, Integer.class,
				values);
		return (n != null) ? n : 0;
	}

	private Instant due(String event) {
		return this.jdbc
			.queryForObject("SELECT due_at FROM club_notifications WHERE kind = 'reminder' AND event_id = ?",
					java.sql.Timestamp.class, UUID.fromString(event))
			.toInstant();
	}

	private static List<MimeMessage> to(String address) throws Exception {
		List<MimeMessage> found = new ArrayList<>();
		for (MimeMessage message : mail.getReceivedMessages()) {
			if (message.getAllRecipients()[0].toString().equals(address)) {
				found.add(message);
			}
		}
		return found;
	}

	/** The decoded part of this type, wherever it sits in the multipart tree. */
	private static String part(Object content, String type) throws Exception {
		if (content instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				BodyPart part = multipart.getBodyPart(i);
				if (part.isMimeType(type)) {
					Object body = part.getContent();
					return (body instanceof String text) ? text : new String(
							((java.io.InputStream) body).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
				}
				String found = part(part.getContent(), type);
				if (!found.isEmpty()) {
					return found;
				}
			}
		}
		return "";
	}

}
