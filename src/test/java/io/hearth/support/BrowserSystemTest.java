package io.hearth.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The base of the browser tests: the application on a random port and real Chromium
 * driven by Playwright. A failing test leaves a screenshot of every open page under
 * {@code target/browser-failures/}. Tagged {@code browser}: they run once, on H2 (the
 * pages' database work is covered on every database by the HTTP-level page tests).
 */
@Tag("browser")
public abstract class BrowserSystemTest extends ApiSystemTest {

	protected final List<BrowserContext> people = new ArrayList<>();

	@RegisterExtension
	final TestWatcher screenshots = new TestWatcher() {
		@Override
		public void testFailed(ExtensionContext context, Throwable cause) {
			Path dir = Path.of("target", "browser-failures");
			int n = 0;
			for (BrowserContext person : BrowserSystemTest.this.people) {
				for (Page page : person.pages()) {
					try {
						Files.createDirectories(dir);
						page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
							.setPath(dir.resolve(context.getRequiredTestClass().getSimpleName() + "-"
									+ context.getRequiredTestMethod().getName() + "-" + (n++) + ".png")));
					}
					catch (Exception ex) {
						// a page that cannot be captured any more: the failure itself is
						// reported
					}
				}
			}
			closeAll();
		}

		@Override
		public void testSuccessful(ExtensionContext context) {
			closeAll();
		}

		@Override
		public void testAborted(ExtensionContext context, Throwable cause) {
			closeAll();
		}
	};

	@BeforeEach
	final void chromium() {
		// .ci/run installs it; a developer without Chromium is told, not failed
		Assumptions.assumeTrue(Browser.available() || System.getenv("HEARTH_TEST_REQUIRE_ALL") != null,
				"Chromium is not installed at " + Browser.CHROMIUM);
		assertThat(Browser.available()).as("Chromium at " + Browser.CHROMIUM).isTrue();
	}

	/** A new person (own cookies) with a page open at the given width. */
	protected Page person(int width) throws Exception {
		BrowserContext context = Browser.person("http://localhost:" + this.port, width);
		this.people.add(context);
		return context.newPage();
	}

	protected Page person() throws Exception {
		return person(1280);
	}

	protected void signIn(Page page, String login, String password) {
		page.navigate("/signin");
		page.getByLabel("Username or e-mail").fill(login);
		page.getByLabel("Password").fill(password);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
		assertThat(page).not().hasURL(java.util.regex.Pattern.compile(".*/signin.*"));
	}

	/**
	 * Each page at 360 px and 1280 px wide with nothing wider than the window, and no
	 * serious or critical axe-core violation.
	 */
	protected void checkEveryPage(Page page, List<String> paths) throws IOException {
		String axe = new String(
				getClass().getResourceAsStream("/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js").readAllBytes(),
				java.nio.charset.StandardCharsets.UTF_8);
		List<String> problems = new ArrayList<>();
		for (int width : new int[] { 360, 1280 }) {
			page.setViewportSize(width, 800);
			for (String path : paths) {
				page.navigate(path);
				Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
				if (((Number) overflow).intValue() > 0) {
					problems.add(path + " scrolls sideways at " + width + " px by " + overflow + " px");
				}
				if (width == 1280) {
					// evaluated through the DevTools protocol, which the page's CSP does
					// not govern
					page.evaluate(axe);
					@SuppressWarnings("unchecked")
					List<String> violations = (List<String>) page.evaluate("""
							async () => (await axe.run(document, { resultTypes: ['violations'] })).violations
							  .filter(v => v.impact === 'serious' || v.impact === 'critical')
							  .map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', '))""");
					violations.forEach((v) -> problems.add(path + " " + v));
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	private void closeAll() {
		this.people.forEach(BrowserContext::close);
		this.people.clear();
	}

}
