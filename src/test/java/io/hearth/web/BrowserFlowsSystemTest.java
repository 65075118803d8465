package io.hearth.web;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.imageio.ImageIO;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.hearth.support.BrowserSystemTest;
import io.hearth.support.SiteFixture;
import io.hearth.support.TestAccounts;
import io.hearth.support.TestAccounts.Account;
import org.junit.jupiter.api.Test;

import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each product flow as a person does it, in real Chromium: signing up, a category with
 * fields, an item with two photos found by a word of its description, edited, and not
 * found by anyone else; an editor logging an interaction and a viewer not offered to;
 * signing out in another tab. Every page visited is checked at phone and desktop width
 * and scanned by axe-core, and the product pages' screenshots land in
 * {@code target/screenshots} ({@code docs/screenshots} with
 * {@code -Dhearth.screenshots.update=true}).
 */
@TestPropertySource(properties = "hearth.jobs.enabled=true")
@DirtiesContext
class BrowserFlowsSystemTest extends BrowserSystemTest {

	@Test
	void aNewUserBuildsACollectionFindsAnItemByAWordAndNobodyElseSeesIt() throws Exception {
		Page ann = person();
		List<String> cspErrors = cspErrors(ann);
		ann.navigate("/");
		screenshot(ann, "home");
		ann.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Create an account")).click();
		String username = "ann" + UUID.randomUUID().toString().substring(0, 6);
		ann.getByLabel("Username").fill(username);
		ann.getByLabel("E-mail").fill(username + "@example.com");
		ann.getByLabel("Password").fill("Sturdy-browser-pass-9");
		ann.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account")).click();
		assertThat(ann.getByRole(AriaRole.STATUS)).containsText("Welcome to Hearth");

		// the first item asks for a category first
		ann.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New item")).click();
		assertThat(ann).hasURL(java.util.regex.Pattern.compile(".*/collections/categories/new.*"));
		ann.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Electronic parts");
		ann.locator("#f0-label").fill("Power");
		ann.locator("#f0-key").fill("power");
		ann.locator("#f0-type").selectOption("number");
		ann.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a field")).click();
		ann.locator("#f1-label").fill("Kind");
		ann.locator("#f1-key").fill("kind");
		ann.locator("#f1-type").selectOption("select");
		ann.locator("#f1-options").fill("res: Resistor\ncap: Capacitor");
		screenshot(ann, "category-form");
		ann.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
		assertThat(ann.locator("table")).containsText("Power, Kind");

		// an item from the generated form: refused first, with the message at the field
		ann.navigate("/collections/items/new");
		ann.getByLabel("Power").fill("0.25");
		ann.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
		assertThat(ann.locator("#name-error")).containsText("is required");
		assertThat(ann.getByLabel("Name", new Page.GetByLabelOptions().setExact(true))).hasAttribute("aria-invalid",
				"true");
		assertThat(ann.getByLabel("Power")).hasValue("0.25");
		ann.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Resistor 10k");
		ann.getByLabel("Description").fill("A metal film resistor for the USB cable tester");
		ann.getByLabel("Kind").selectOption("res");
		ann.locator("#photos").setInputFiles(new Path[] { png(Color.RED), png(Color.BLUE) });
		ann.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
		assertThat(ann.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Resistor 10k"))).isVisible();
		// the variants are made in the background; the page shows them once ready
		assertThat(ann.locator(".photos img")).hasCount(2);
		String itemUrl = ann.url();
		screenshot(ann, "item");

		// found by a word of its description, as it is typed
		ann.navigate("/collections");
		ann.getByLabel("Search").pressSequentially("cab");
		assertThat(ann.locator("#results h3")).hasText("Resistor 10k");
		assertThat(ann).hasURL(java.util.regex.Pattern.compile(".*q=cab.*"));
		ann.getByLabel("Search").fill("sistor");
		assertThat(ann.locator("#results")).containsText("Nothing matches");
		ann.getByLabel("Search").fill("cable");
		assertThat(ann.locator("#results h3")).hasText("Resistor 10k");
		screenshot(ann, "collection");

		// edited
		ann.navigate(itemUrl);
		ann.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit")).click();
		ann.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Resistor 4k7");
		ann.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
		assertThat(ann.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Resistor 4k7"))).isVisible();

		// exported, and the export imported again: the same category and item, updated by
		// id
		ann.navigate("/collections/transfer");
		var download = ann.waitForDownload(
				() -> ann.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Everything, as JSON")).click());
		Path export = Files.createTempFile("hearth-export", ".json");
		download.saveAs(export);
		assertThat(Files.readString(export)).contains("Resistor 4k7", "Electronic parts");
		ann.getByLabel("A JSON export of a collection").setInputFiles(export);
		ann.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import")).click();
		assertThat(ann.getByRole(AriaRole.STATUS))
			.containsText("0 categories created, 1 updated; 0 items created, 1 updated");

		// someone else gets the 404 page for it
		Account bob = this.accounts.create("user");
		Page other = person();
		signIn(other, bob.username(), TestAccounts.PASSWORD);
		var response = other.navigate(itemUrl);
		assertThat(response.status()).isEqualTo(404);
		assertThat(other.getByRole(AriaRole.HEADING)).hasText("Page not found");

		checkEveryPage(ann, List.of("/", "/collections", itemUrl, itemUrl + "/edit", "/collections/items/new",
				"/collections/categories", "/collections/categories/new", "/collections/transfer", "/account"));
		assertThat(cspErrors).isEmpty();
	}

	@Test
	void anEditorLogsAnInteractionAndAViewerIsNotOfferedTo() throws Exception {
		SiteFixture sites = new SiteFixture(this.api);
		Page editor = person();
		List<String> cspErrors = cspErrors(editor);
		signIn(editor, sites.editor.username(), TestAccounts.PASSWORD);
		editor.navigate("/interactions?site=" + sites.site);
		editor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Log an interaction")).click();
		editor.getByLabel("Title").fill("Quarterly review call");
		editor.getByLabel("Lead").fill("ACME Robotics");
		editor.getByLabel("Type").selectOption("Call");
		editor.getByLabel("Starts").fill("2026-12-03T10:30");
		editor.getByLabel("Time zone").selectOption("Europe/Rome");
		editor.getByLabel("Notes").fill("Asked about the pricing of the new line");
		screenshot(editor, "interaction-form");
		editor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
		assertThat(editor.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Quarterly review call")))
			.isVisible();
		assertThat(editor.locator("dl")).containsText("2026-12-03 10:30 (Europe/Rome)");
		String detail = editor.url();
		editor.navigate("/interactions?site=" + sites.site);
		editor.getByLabel("Search").pressSequentially("pric");
		assertThat(editor.locator("#results tbody tr")).hasCount(1);
		screenshot(editor, "interactions");

		Page viewer = person();
		signIn(viewer, sites.viewer.username(), TestAccounts.PASSWORD);
		viewer.navigate("/interactions?site=" + sites.site);
		assertThat(viewer.locator("#results tbody tr")).hasCount(1);
		assertThat(viewer.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Log an interaction")))
			.hasCount(0);
		viewer.navigate(detail);
		assertThat(viewer.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit"))).hasCount(0);
		var forced = viewer.navigate("/interactions/new?site=" + sites.site);
		assertThat(forced.status()).isEqualTo(403);

		checkEveryPage(editor,
				List.of("/interactions?site=" + sites.site, detail, "/interactions/new?site=" + sites.site));
		assertThat(cspErrors).isEmpty();
	}

	@Test
	void aPhotoDroppedOnAnItemIsUploadedAndTheEditorRemovesAndReordersFields() throws Exception {
		Account dora = this.accounts.create("user");
		String category = this.api.as(dora).post("/api/v1/collections/categories", """
				{"name": "Tools", "fields": [
				  {"key": "brand", "label": "Brand", "type": "text"},
				  {"key": "weight", "label": "Weight", "type": "number"},
				  {"key": "colour", "label": "Colour", "type": "text"}]}""").json().at("/data/id").asString();
		String item = this.api.as(dora)
			.post("/api/v1/collections/items",
					"{\"name\": \"Hammer\", \"category_id\": \"" + category + "\", \"values\": {}}")
			.json()
			.at("/data/id")
			.asString();
		Page page = person();
		signIn(page, dora.username(), TestAccounts.PASSWORD);
		page.navigate("/collections/items/" + item);
		assertThat(page.locator(".photos img")).hasCount(0);
		// what a drop from the desktop hands the page: a DataTransfer holding the file
		String png = java.util.Base64.getEncoder().encodeToString(Files.readAllBytes(png(Color.GREEN)));
		var files = page.evaluateHandle("""
				(b64) => {
				  const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
				  const transfer = new DataTransfer();
				  transfer.items.add(new File([bytes], 'dropped.png', { type: 'image/png' }));
				  return transfer;
				}""", png);
		page.locator(".dropzone").dispatchEvent("drop", java.util.Map.of("dataTransfer", files));
		// swapped in place, then polled until the variants job is done
		assertThat(page.locator(".photos img")).hasCount(1);
		assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/collections/items/" + item));

		page.navigate("/collections/categories/" + category + "/edit");
		page.locator("input[name='fields[1].remove']").check();
		page.locator("#f2-position").fill("1");
		page.locator("#f0-position").fill("2");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
		assertThat(page.locator("table")).containsText("Colour, Brand");
		page.navigate("/collections/items/" + item + "/edit");
		assertThat(page.locator("form.stack label[for^=field-]"))
			.hasText(new String[] { "Colour (optional)", "Brand (optional)" });
	}

	@Test
	void signingOutInOneTabEndsTheSessionInTheOther() throws Exception {
		Account cleo = this.accounts.create("user");
		Page first = person();
		signIn(first, cleo.username(), TestAccounts.PASSWORD);
		Page second = first.context().newPage();
		second.navigate("/account");
		assertThat(second.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Your account"))).isVisible();
		first.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
		second.reload();
		assertThat(second).hasURL(java.util.regex.Pattern.compile(".*/signin\\?next=%2Faccount"));
	}

	@Test
	void theAdminPagesPassTheSameChecks() throws Exception {
		Page admin = person();
		signIn(admin, TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD);
		admin.navigate("/admin/users");
		assertThat(admin.locator("table")).containsText(TestAccounts.ADMIN);
		screenshot(admin, "admin-users");
		checkEveryPage(admin, List.of("/admin/users", "/admin/sites", "/admin/jobs", "/signin", "/signup",
				"/forgot-password", "/no-such-page"));
	}

	private static List<String> cspErrors(Page page) {
		List<String> errors = new java.util.concurrent.CopyOnWriteArrayList<>();
		page.onConsoleMessage((message) -> {
			if (message.text().contains("Content Security Policy")) {
				errors.add(message.text());
			}
		});
		return errors;
	}

	private static void screenshot(Page page, String name) throws IOException {
		boolean update = Boolean.getBoolean("hearth.screenshots.update");
		Path dir = update ? Path.of("docs", "screenshots") : Path.of("target", "screenshots");
		Files.createDirectories(dir);
		page.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve(name + ".png")));
	}

	private static Path png(Color color) throws IOException {
		BufferedImage image = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(color);
		g.fillRect(0, 0, 640, 480);
		g.setColor(Color.WHITE);
		g.fillOval(200, 120, 240, 240);
		g.dispose();
		Path file = Files.createTempFile("hearth-photo", ".png");
		ImageIO.write(image, "png", file.toFile());
		file.toFile().deleteOnExit();
		return file;
	}

}
