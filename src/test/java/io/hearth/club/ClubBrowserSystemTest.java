package io.hearth.club;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.hearth.support.BrowserSystemTest;
import io.hearth.support.TestAccounts;
import io.hearth.support.TestAccounts.Account;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The club as people use it, in real Chromium: a visitor reading the Italian site and
 * switching language (every club page scanned by axe-core at phone and desktop width); a
 * member favouriting a venue and getting its reminder by mail (real SMTP on loopback);
 * staff making a weekly series in the editor.
 */
@TestPropertySource(properties = "hearth.jobs.enabled=true")
@DirtiesContext
class ClubBrowserSystemTest extends BrowserSystemTest {

	static final ServerSetup SMTP = new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);

	@RegisterExtension
	static GreenMailExtension mail = new GreenMailExtension(SMTP.dynamicPort()).withPerMethodLifecycle(false);

	@DynamicPropertySource
	static void smtp(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> mail.getSmtp().getPort());
		registry.add("spring.mail.properties.mail.smtp.starttls.enable", () -> "false");
		registry.add("hearth.mail.from", () -> "The Cave <club@hearth.test>");
	}

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	NotificationPlanner planner;

	@Autowired
	NotificationDispatch dispatch;

	Account staff;

	String tag;

	String venue;

	String venueSlug;

	@BeforeEach
	void club() {
		this.staff = this.accounts.create("staff");
		this.tag = "b" + UUID.randomUUID().toString().replace("-", "").substring(0, 7);
		this.venueSlug = "grotto-" + this.tag;
		this.venue = this.api.as(this.staff)
			.post("/api/v1/club/admin/venues",
					"""
							{"slug": "%s", "capacity": 60, "mood": "warm", "colours": {"primary": "#9A3412", "dark": "#1C1917"},
							 "texts": {"en": {"name": "Grotto %s", "tagline": "Candles and brass"},
							           "it": {"name": "Grotta %s", "tagline": "Candele e ottoni"}}}"""
						.formatted(this.venueSlug, this.tag, this.tag))
			.json()
			.at("/data/id")
			.asString();
	}

	@Test
	void anItalianVisitorReadsTheProgrammeAndSwitchesToEnglish() throws Exception {
		String slug = published("Brass Night " + this.tag, "Notte degli ottoni " + this.tag,
				Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS));
		Page visitor = person();
		visitor.navigate("/club?lang=it");
		assertThat(
				visitor.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Ora in diretta e a seguire")))
			.isVisible();
		assertThat(visitor.locator("link[rel=alternate][hreflang]")).hasCount(4);
		visitor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Programma").setExact(true))
			.first()
			.click();
		visitor.getByLabel("Cerca").fill("ottoni " + this.tag);
		visitor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Trova")).click();
		visitor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Notte degli ottoni " + this.tag)).click();
		assertThat(visitor).hasURL(Pattern.compile(".*/club/events/" + slug));
		assertThat(visitor.locator("main")).containsText("Ora di Second Life");
		assertThat(visitor.locator("main")).containsText("Grotta " + this.tag);
		assertThat(visitor.locator("html")).hasAttribute("lang", "it");
		visitor.locator("nav.languages a[lang=en]").click();
		assertThat(visitor.locator("h1")).hasText("Brass Night " + this.tag);
		assertThat(visitor.locator("main")).containsText("Second Life time (SLT)");
		checkEveryPage(visitor, List.of("/club", "/club/venues", "/club/venues/" + this.venueSlug, "/club/events",
				"/club/events/week", "/club/events/" + slug, "/club/artists"));
	}

	@Test
	void aMemberFavouritesAVenueAndGetsItsReminderByMail() throws Exception {
		mail.purgeEmailFromAllMailboxes();
		Account member = this.accounts.create("user");
		this.jdbc.update("UPDATE users SET email_verified = TRUE WHERE id = ?", member.id());
		Page page = person();
		signIn(page, member.username(), TestAccounts.PASSWORD);
		page.navigate("/club/venues/" + this.venueSlug + "?lang=en");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add to favourites")).click();
		assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Remove from favourites")))
			.isVisible();
		page.navigate("/club/me");
		assertThat(page.locator("main")).containsText("Grotto " + this.tag);

		String slug = published("Candle Hour " + this.tag, null, Instant.now().plus(2, ChronoUnit.HOURS));
		this.planner.remindersDueBy(Instant.now().plus(20, ChronoUnit.MINUTES));
		this.dispatch.dispatch();
		await().atMost(Duration.ofSeconds(30)).until(() -> reminders(member.email()).size() == 1);
		MimeMessage reminder = reminders(member.email()).getFirst();
		assertThat(reminder.getSubject()).isEqualTo("Reminder: Candle Hour " + this.tag + " at Grotto " + this.tag);
		page.navigate("/club/me");
		assertThat(page.locator("#notifications")).containsText("Candle Hour " + this.tag);
		assertThat(slug).isNotBlank();
	}

	@Test
	void staffMakeAWeeklySeriesInTheEditor() throws Exception {
		Page page = person();
		signIn(page, this.staff.username(), TestAccounts.PASSWORD);
		page.navigate("/club/staff?lang=en");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New series")).click();
		LocalDateTime first = LocalDateTime.now(ZoneId.of("Europe/Rome"))
			.plusDays(3)
			.withHour(22)
			.truncatedTo(ChronoUnit.HOURS);
		page.getByLabel("Kind").selectOption("dj_set");
		page.getByLabel("Venue", new Page.GetByLabelOptions().setExact(true)).selectOption(this.venue);
		page.getByLabel("Starts").fill(first.toString());
		page.getByLabel("Ends").fill(first.plusHours(3).toString());
		page.getByLabel("Repeats (RFC 5545 rule)").fill("FREQ=WEEKLY;COUNT=6");
		page.getByLabel("Title (en)").fill("Friday Orbit " + this.tag);
		page.getByLabel("Title (it)").fill("Venerdì in orbita " + this.tag);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Saved.");
		assertThat(page.locator("main")).containsText("FREQ=WEEKLY;COUNT=6");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish")).first().click();
		page.navigate("/club/events?lang=it&q=orbita+" + this.tag);
		assertThat(page.locator("ul.club-events > li")).hasCount(6);
	}

	private String published(String en, @org.jspecify.annotations.Nullable String it, Instant start) {
		String texts = "\"en\": {\"title\": \"" + en + "\"}"
				+ ((it != null) ? ", \"it\": {\"title\": \"" + it + "\"}" : "");
		var created = this.api.as(this.staff)
			.post("/api/v1/club/admin/events",
					"""
							{"type": "live_singer", "venue_id": "%s", "starts_at": "%s", "ends_at": "%s", "time_zone": "Europe/Rome",
							 "texts": {%s}}"""
						.formatted(this.venue, start, start.plus(2, ChronoUnit.HOURS), texts));
		this.api.as(this.staff)
			.post("/api/v1/club/admin/events/" + created.json().at("/data/id").asString() + "/publish", null);
		return created.json().at("/data/slug").asString();
	}

	private static List<MimeMessage> reminders(String address) throws Exception {
		List<MimeMessage> found = new ArrayList<>();
		for (MimeMessage message : mail.getReceivedMessages()) {
			if (message.getAllRecipients()[0].toString().equals(address)
					&& message.getSubject().startsWith("Reminder")) {
				found.add(message);
			}
		}
		return found;
	}

}
