package io.hearth.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * One headless Chromium for the whole test run: Debian's, since Playwright cannot
 * download its own here, with the flags that keep it off the network (Playwright gives
 * each launch a fresh profile). Each test gets a fresh context (its own cookies), so
 * tests never share a session.
 */
public final class Browser {

	/**
	 * Where Debian's chromium package puts the browser; HEARTH_TEST_CHROMIUM overrides
	 * it.
	 */
	static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("HEARTH_TEST_CHROMIUM", "/usr/bin/chromium"));

	private static Playwright playwright;

	private static com.microsoft.playwright.Browser chromium;

	private Browser() {
	}

	public static boolean available() {
		return Files.isExecutable(CHROMIUM);
	}

	static synchronized com.microsoft.playwright.Browser chromium() throws Exception {
		if (chromium == null) {
			playwright = Playwright
				.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
			chromium = playwright.chromium()
				.launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
					.setHeadless(true)
					.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
							"--disable-background-networking", "--disable-component-update", "--disable-sync")));
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				chromium.close();
				playwright.close();
			}));
		}
		return chromium;
	}

	/** A new browser context (a person with their own cookies) at {@code baseUrl}. */
	public static BrowserContext person(String baseUrl, int width) throws Exception {
		BrowserContext context = chromium()
			.newContext(new NewContextOptions().setBaseURL(baseUrl).setLocale("en-GB").setViewportSize(width, 900));
		context.setDefaultTimeout(15_000);
		return context;
	}

	public static Page page(BrowserContext context) {
		return context.newPage();
	}

}
