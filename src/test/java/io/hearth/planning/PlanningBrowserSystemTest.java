package io.hearth.planning;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.hearth.support.BrowserSystemTest;
import io.hearth.support.FakeAnthropic;
import io.hearth.support.TestAccounts;
import io.hearth.support.TestAccounts.Account;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Planning as people use it, in real Chromium against the fake model: a user starting an
 * analysis and watching its tabs arrive without reloading, then opening its share link
 * signed out; a user buying credits while an admin approves in another session, then
 * starting a premium analysis and asking about it, the reply streaming into the page.
 * Every planning page is scanned by axe-core.
 */
@TestPropertySource(properties = "hearth.jobs.enabled=true")
@DirtiesContext
class PlanningBrowserSystemTest extends BrowserSystemTest {

	static final FakeAnthropic model = new FakeAnthropic();

	@DynamicPropertySource
	static void provider(DynamicPropertyRegistry registry) {
		model.provide(registry);
	}

	@BeforeEach
	void reset() {
		model.reset();
	}

	@AfterAll
	static void stop() {
		model.close();
	}

	@Test
	void aUserWatchesTheTabsArriveAndOpensTheShareLinkSignedOut() throws Exception {
		Account user = this.accounts.create("user");
		Page page = person();
		signIn(page, user.username(), TestAccounts.PASSWORD);
		page.navigate("/planning?lang=en");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New analysis")).click();
		page.getByLabel("Your idea").fill("A repair café where neighbours fix bikes, lamps and radios together");
		page.getByLabel("Industry").fill("Community services");
		page.getByLabel("Who it is for").fill("Households in the neighbourhood");
		page.getByLabel("Country").fill("NL");
		model.hold();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start the analysis")).click();

		assertThat(page).hasURL(Pattern.compile(".*/planning/analyses/.*"));
		assertThat(page.locator("#tabs .badge").first()).hasText("being written");
		model.release();
		assertThat(page.locator("#tab-overview")).containsText("Fit score");
		assertThat(page.locator("#tab-market")).containsText("Market size");
		assertThat(page.locator("#tabs .badge").first()).hasText("ready");
		String analysis = page.url().replaceFirst(".*/planning/analyses/", "");

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Make a public link")).click();
		String link = page.locator("#share-link").getAttribute("href");
		Page stranger = person();
		stranger.navigate(link);
		assertThat(stranger.locator("h1"))
			.hasText("A repair café where neighbours fix bikes, lamps and radios together");
		assertThat(stranger.locator("main")).containsText("Fit score");
		assertThat(stranger.locator("main")).not().containsText("Write it again");
		checkEveryPage(page,
				List.of("/planning", "/planning/new", "/planning/credits", "/planning/analyses/" + analysis));
	}

	@Test
	void aUserBuysCreditsAnAdminApprovesThemAndChatsAboutThePremiumAnalysisWithTheReplyStreamingIn() throws Exception {
		Account admin = this.accounts.admin();
		String name = "Pack " + System.nanoTime();
		this.api.as(admin)
			.post("/api/v1/planning/admin/packages",
					"{\"name\": \"" + name + "\", \"credits\": 40, \"price\": 12.50, \"currency\": \"EUR\"}");
		this.api.as(admin)
			.post("/api/v1/planning/admin/payment-methods",
					"{\"name\": \"Bank transfer\", \"instructions\": {\"en\": \"IBAN NL00 TEST\"}}");
		Account buyer = this.accounts.create("user");
		Page page = person();
		signIn(page, buyer.username(), TestAccounts.PASSWORD);
		page.navigate("/planning/credits?lang=en");
		page.getByLabel(Pattern.compile(name + ": 40 credits")).check();
		page.getByLabel(Pattern.compile("Bank transfer")).first().check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ask to buy")).click();
		assertThat(page.locator("#payments")).containsText("waiting for approval");
		Path receipt = Paths.get(getClass().getResource("/images/alpha.png").toURI());
		page.locator("#payments input[type=file]").first().setInputFiles(receipt);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload")).first().click();
		assertThat(page.locator("#payments")
			.getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Receipt")))
			.isVisible();

		Page deciding = person();
		signIn(deciding, admin.username(), TestAccounts.ADMIN_PASSWORD);
		deciding.navigate("/planning/admin?lang=en");
		deciding.locator("li", new Page.LocatorOptions().setHasText("40 credits for 12.50 EUR"))
			.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Approve"))
			.first()
			.click();
		assertThat(deciding.locator(".flash")).hasText("Decided.");
		deciding.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Catalogue")).click();
		assertThat(deciding.locator("#packages")).containsText("12.50 EUR");
		deciding.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("AI usage")).click();
		assertThat(deciding.locator("#usage")).isVisible();

		page.navigate("/planning/credits?lang=en");
		assertThat(page.locator("#balance")).containsText("40 credits available");
		page.navigate("/planning/new?lang=en");
		page.getByLabel("Your idea").fill("Cargo-bike deliveries of organic vegetables from farms to offices");
		page.getByLabel("Industry").fill("Food");
		page.getByLabel("Who it is for").fill("Office workers");
		page.getByLabel("Country").fill("DE");
		page.getByLabel(Pattern.compile("Premium")).check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start the analysis")).click();
		assertThat(page.locator("#tab-strategy")).containsText("Risks");
		assertThat(page.locator("#tabs")).hasAttribute("data-status", "ready");

		model.writing((request) -> "Start with two farms and one office park.").hold();
		page.evaluate("window.stayed = true");
		page.getByLabel("Your question").fill("Where should I start?");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send")).click();
		assertThat(page.locator("#chat li.user").last()).containsText("Where should I start?");
		assertThat(page.getByLabel("Your question")).hasValue("");
		model.release();
		assertThat(page.locator("#chat li.assistant").last()).containsText("Start with two farms and one office park.");
		org.assertj.core.api.Assertions.assertThat(page.evaluate("window.stayed"))
			.as("the reply came into the same page")
			.isEqualTo(true);
		page.reload();
		assertThat(page.locator("#chat li.assistant").last()).containsText("Start with two farms and one office park.");
		page.navigate("/planning/credits?lang=en");
		assertThat(page.locator("#balance")).containsText("30 credits available");
	}

}
