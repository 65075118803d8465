package io.hearth.collections;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.exif.GpsDirectory;
import io.hearth.support.Api.Part;
import io.hearth.support.Api.Reply;
import io.hearth.support.ApiSystemTest;
import io.hearth.support.TestAccounts.Account;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import static io.hearth.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Collectify over real HTTP: typed fields, items, ownership, search, and photos with real
 * image files.
 */
@TestPropertySource(properties = "hearth.jobs.enabled=true")
@DirtiesContext
class CollectionsSystemTest extends ApiSystemTest {

	static final String FIELDS = """
			[{"key": "code", "label": "Code", "type": "text", "required": true, "max_length": 5, "display_order": 1},
			 {"key": "weight", "label": "Weight", "type": "number", "min": 0, "max": 100, "step": 0.5, "display_order": 2},
			 {"key": "grade", "label": "Grade", "type": "select", "options": [{"value": "a", "label": "A"}, {"value": "b", "label": "B"}], "display_order": 3},
			 {"key": "mint", "label": "Mint", "type": "boolean", "display_order": 4},
			 {"key": "bought", "label": "Bought", "type": "date", "display_order": 5},
			 {"key": "shop", "label": "Shop", "type": "url", "display_order": 0}]""";

	Account owner;

	@BeforeEach
	void setUp() {
		this.owner = this.accounts.create("user");
	}

	@Test
	void shouldValidateEveryFieldTypeAndConstraintAgainstTheCategory() {
		String category = category(this.owner, "Coins");
		Reply bad = item(this.owner, category, "Bad", """
				{"code": "TOOLONG", "weight": 100.25, "grade": "z", "mint": "yes", "bought": "2024-13-01",
				 "shop": "ftp://x", "colour": "red"}""");
		assertProblem(bad, 422, "VALIDATION_FAILED");
		JsonNode errors = bad.json().get("errors");
		assertThat(errors.at("/values.code/0").asString()).isEqualTo("must be at most 5 characters");
		assertThat(errors.get("values.weight").toString()).contains("at most 100").contains("multiple of 0.5");
		assertThat(errors.at("/values.grade/0").asString()).isEqualTo("must be one of a, b");
		assertThat(errors.at("/values.mint/0").asString()).isEqualTo("must be true or false");
		assertThat(errors.at("/values.bought/0").asString()).startsWith("must be a date");
		assertThat(errors.at("/values.shop/0").asString()).contains("http(s) URL");
		assertThat(errors.at("/values.colour/0").asString()).isEqualTo("is not a field of this category");
		assertProblem(item(this.owner, category, "No code", "{\"weight\": -1}"), 422, "VALIDATION_FAILED");
		assertThat(item(this.owner, category, "No code", "{\"weight\": -1}").json().get("errors").toString())
			.contains("values.code")
			.contains("is required")
			.contains("at least 0");
		assertProblem(item(this.owner, category, "Wrong types", "{\"code\": 5, \"weight\": \"5\"}"), 422,
				"VALIDATION_FAILED");

		Reply good = item(this.owner, category, "Good",
				"""
						{"code": " AB1 ", "weight": 12.5, "grade": "b", "mint": true, "bought": "2024-02-29", "shop": "https://shop.example/x"}""");
		assertThat(good.status()).as(good.toString()).isEqualTo(201);
		JsonNode data = good.json().get("data");
		assertThat(data.at("/values/code").asString()).isEqualTo("AB1");
		assertThat(data.at("/values/weight").decimalValue()).isEqualByComparingTo("12.5");
		assertThat(data.at("/category_name").asString()).isEqualTo("Coins");
		List<String> order = new ArrayList<>();
		data.get("fields").forEach((f) -> order.add(f.get("key").asString()));
		assertThat(order).containsExactly("shop", "code", "weight", "grade", "mint", "bought");
		assertThat(data.at("/fields/0/value").asString()).isEqualTo("https://shop.example/x");
	}

	@Test
	void shouldRefuseBadFieldDefinitionsAndGuardCategoryNamesAndDeletion() {
		Reply bad = this.api.post("/api/v1/collections/categories", """
				{"name": "Bad", "fields": [{"key": "Bad Key", "label": "x", "type": "text"},
				 {"key": "s", "label": "S", "type": "select", "options": []},
				 {"key": "n", "label": "N", "type": "number", "min": 5, "max": 1},
				 {"key": "n", "label": "Again", "type": "text"}]}""", "Authorization", this.owner.bearer());
		assertProblem(bad, 422, "VALIDATION_FAILED");
		assertThat(bad.json().get("errors").toString()).contains("fields[0].key")
			.contains("fields[1].options")
			.contains("fields[2].max")
			.contains("fields[3].key");
		assertProblem(this.api.post("/api/v1/collections/categories",
				"{\"name\": \"T\", \"fields\": [{\"key\": \"t\", \"label\": \"T\", \"type\": \"colour\"}]}",
				"Authorization", this.owner.bearer()), 422, "VALIDATION_FAILED");

		String category = category(this.owner, "Records");
		assertProblem(this.api.post("/api/v1/collections/categories", "{\"name\": \"RECORDS\", \"fields\": []}",
				"Authorization", this.owner.bearer()), 409, "CATEGORY_NAME_TAKEN");
		Account other = this.accounts.create("user");
		assertThat(this.api
			.post("/api/v1/collections/categories", "{\"name\": \"Records\", \"fields\": []}", "Authorization",
					other.bearer())
			.status()).isEqualTo(201);

		String id = item(this.owner, category, "LP", "{\"code\": \"X1\"}").json().at("/data/id").asString();
		assertThat(this.api.as(this.owner)
			.get("/api/v1/collections/categories/" + category)
			.json()
			.at("/data/item_count")
			.asLong()).isEqualTo(1);
		assertProblem(this.api.as(this.owner).delete("/api/v1/collections/categories/" + category), 409,
				"CATEGORY_NOT_EMPTY");
		assertThat(this.api.as(this.owner).delete("/api/v1/collections/items/" + id).status()).isEqualTo(204);
		assertThat(this.api.as(this.owner).delete("/api/v1/collections/categories/" + category).status())
			.isEqualTo(204);
	}

	@Test
	void shouldScopeEverythingToTheOwnerAndLetAdminsReadOnly() {
		String category = category(this.owner, "Private");
		String id = item(this.owner, category, "Mine", "{\"code\": \"M1\"}").json().at("/data/id").asString();
		Account other = this.accounts.create("user");
		String admin = this.accounts.admin().bearer();
		assertProblem(this.api.as(other).get("/api/v1/collections/items/" + id), 404, "NOT_FOUND");
		assertProblem(this.api.send("PATCH", "/api/v1/collections/items/" + id, "{\"name\": \"Stolen\"}",
				"Authorization", other.bearer()), 404, "NOT_FOUND");
		assertProblem(this.api.as(other).delete("/api/v1/collections/items/" + id), 404, "NOT_FOUND");
		assertProblem(this.api.as(other).get("/api/v1/collections/categories/" + category), 404, "NOT_FOUND");
		assertProblem(item(other, category, "Into yours", "{\"code\": \"Z\"}"), 422, "VALIDATION_FAILED");
		assertThat(this.api.as(other)
			.get("/api/v1/collections/items?per_page=100")
			.json()
			.at("/meta/pagination/total")
			.asLong()).isZero();
		assertThat(this.api.get("/api/v1/collections/items/" + id, "Authorization", admin).status()).isEqualTo(200);
		assertProblem(this.api.send("PATCH", "/api/v1/collections/items/" + id, "{\"name\": \"By admin\"}",
				"Authorization", admin), 404, "NOT_FOUND");
		assertProblem(this.api.get("/api/v1/collections/items/" + id), 401, "UNAUTHENTICATED");
	}

	@Test
	void shouldSearchFilterSortPageAndHonourIfMatch() {
		String category = category(this.owner, "Parts");
		String other = category(this.owner, "Other");
		item(this.owner, category, "Resistor 10k",
				"{\"code\": \"R10\", \"weight\": 1.5, \"grade\": \"a\", \"mint\": true}");
		item(this.owner, category, "Resistor 22k", "{\"code\": \"R22\", \"weight\": 2, \"grade\": \"b\"}");
		String cap = item(this.owner, category, "Capacitor", "{\"code\": \"C1\", \"weight\": 50}").json()
			.at("/data/id")
			.asString();
		assertThat(total("per_page=1")).isEqualTo(3);
		item(this.owner, other, "Unrelated resistor", "{\"code\": \"U\"}");
		assertThat(total("per_page=1")).as("a cached total follows the owner's writes").isEqualTo(4);
		assertThat(names("q=resistor&sort=name")).containsExactly("Resistor 10k", "Resistor 22k", "Unrelated resistor");
		assertThat(names("q=resistor&category_id=" + category + "&sort=-name")).containsExactly("Resistor 22k",
				"Resistor 10k");
		assertThat(names("field.grade=b")).containsExactly("Resistor 22k");
		assertThat(names("field.weight=2.0")).containsExactly("Resistor 22k");
		assertThat(names("field.weight.min=1.5&field.weight.max=10&sort=name")).containsExactly("Resistor 10k",
				"Resistor 22k");
		assertThat(names("field.mint=true")).containsExactly("Resistor 10k");
		assertThat(names("q=r10")).as("text values are searched").containsExactly("Resistor 10k");
		assertThat(names("has_photos=true")).isEmpty();
		assertProblem(
				this.api.as(this.owner)
					.get("/api/v1/collections/items?field.weight.min=heavy&sort=colour&has_photos=maybe"),
				422, "VALIDATION_FAILED");

		List<String> walked = new ArrayList<>();
		String cursor = "";
		while (cursor != null) {
			Reply page = this.api.as(this.owner).get("/api/v1/collections/items?per_page=3&cursor=" + cursor);
			page.json().get("data").forEach((n) -> walked.add(n.get("name").asString()));
			JsonNode next = page.json().at("/meta/pagination/next_cursor");
			cursor = next.isNull() ? null : next.asString();
		}
		assertThat(walked).containsExactly("Unrelated resistor", "Capacitor", "Resistor 22k", "Resistor 10k");

		String etag = this.api.as(this.owner).get("/api/v1/collections/items/" + cap).header("ETag");
		assertThat(this.api
			.send("PATCH", "/api/v1/collections/items/" + cap, "{\"values\": {\"code\": \"C2\"}}", "Authorization",
					this.owner.bearer(), "If-Match", etag)
			.status()).isEqualTo(200);
		assertProblem(this.api.send("PATCH", "/api/v1/collections/items/" + cap, "{\"name\": \"Late\"}",
				"Authorization", this.owner.bearer(), "If-Match", etag), 412, "PRECONDITION_FAILED");
		assertThat(names("field.code=C2")).containsExactly("Capacitor");
		assertThat(names("field.code=C1")).as("the old value is no longer indexed").isEmpty();

		Reply link = this.api.post("/api/v1/collections/items/" + cap + "/urls",
				"{\"url\": \"https://datasheet.example/c1\", \"label\": \"Datasheet\"}", "Authorization",
				this.owner.bearer());
		assertThat(link.status()).isEqualTo(201);
		assertProblem(this.api.post("/api/v1/collections/items/" + cap + "/urls", "{\"url\": \"javascript:alert(1)\"}",
				"Authorization", this.owner.bearer()), 422, "VALIDATION_FAILED");
		assertThat(this.api.as(this.owner)
			.get("/api/v1/collections/items/" + cap)
			.json()
			.at("/data/urls/0/label")
			.asString()).isEqualTo("Datasheet");
		assertThat(this.api.as(this.owner)
			.get("/api/v1/collections/items?field.code=C2")
			.json()
			.at("/data/0/urls/0/url")
			.asString()).as("lists show links too").isEqualTo("https://datasheet.example/c1");
		assertThat(this.api.as(this.owner)
			.delete("/api/v1/collections/items/" + cap + "/urls/" + link.json().at("/data/id").asString())
			.status()).isEqualTo(204);
		assertThat(this.api.as(this.owner).get("/api/v1/collections/items/" + cap).json().at("/data/urls").size())
			.isZero();
		assertThat(
				this.api.as(this.owner).get("/api/v1/collections/items?field.code=C2").json().at("/data/0/urls").size())
			.isZero();
	}

	@Test
	void shouldStoreRealImagesMakeVariantsAndServeThemSafely() throws Exception {
		String category = category(this.owner, "Photos");
		Reply created = this.api
			.multipart(
					"/api/v1/collections/items", List.of(
							Part.text("data",
									"{\"name\": \"With photos\", \"category_id\": \"" + category
											+ "\", \"values\": {\"code\": \"P\"}}"),
							Part.file("photos", "../../etc/passwd.jpg", image("rotated.jpg")),
							Part.file("photos", "a.png", image("alpha.png")),
							Part.file("photos[]", "b.gif", image("small.gif")),
							Part.file("photos[]", "c.webp", image("small.webp"))),
					"Authorization", this.owner.bearer());
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		String id = created.json().at("/data/id").asString();
		JsonNode photos = created.json().at("/data/photos");
		assertThat(photos.size()).isEqualTo(4);
		assertThat(photos.at("/0/status").asString()).isEqualTo("processing");
		assertThat(photos.at("/0/is_primary").asBoolean()).isTrue();
		assertThat(photos.at("/3/content_type").asString()).isEqualTo("image/webp");

		await().atMost(Duration.ofSeconds(30)).until(() -> {
			JsonNode now = this.api.as(this.owner).get("/api/v1/collections/items/" + id).json().at("/data/photos");
			return now.valueStream().allMatch((p) -> p.get("status").asString().equals("ready"));
		});
		JsonNode item = this.api.as(this.owner).get("/api/v1/collections/items/" + id).json();
		String original = item.at("/data/photos/0/urls/original").asString();
		HttpResponse<byte[]> served = this.api.bytes(original);
		assertThat(served.statusCode()).isEqualTo(200);
		assertThat(served.headers().firstValue("Content-Type")).hasValue("image/jpeg");
		assertThat(served.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(served.headers().firstValue("Cache-Control").orElse("")).contains("private");
		String etag = served.headers().firstValue("ETag").orElseThrow();
		var upright = ImageIO.read(new ByteArrayInputStream(served.body()));
		assertThat(upright.getWidth()).as("EXIF orientation 6 applied").isEqualTo(40);
		assertThat(upright.getHeight()).isEqualTo(60);
		assertThat(ImageMetadataReader.readMetadata(new ByteArrayInputStream(served.body()))
			.getFirstDirectoryOfType(GpsDirectory.class)).as("location stripped").isNull();
		assertThat(this.api.bytes(original, "If-None-Match", etag).statusCode()).isEqualTo(304);
		String thumbnail = item.at("/data/photos/1/urls/thumbnail").asString();
		assertThat(this.api.bytes(thumbnail).headers().firstValue("Content-Type")).hasValue("image/png");

		assertProblem(this.api.get(original.replace("signature=", "signature=tampered")), 403, "FORBIDDEN");
		assertProblem(this.api.get(original.replaceAll("expires=\\d+", "expires=1000")), 403, "FORBIDDEN");
		String bare = original.substring(0, original.indexOf('?'));
		assertThat(this.api.bytes(bare, "Authorization", this.owner.bearer()).statusCode()).isEqualTo(200);
		assertProblem(this.api.get(bare, "Authorization", this.accounts.create("user").bearer()), 404, "NOT_FOUND");
		assertProblem(this.api.get(bare), 401, "UNAUTHENTICATED");

		String photoId = item.at("/data/photos/2/id").asString();
		Reply primary = this.api.send("PATCH", "/api/v1/collections/items/" + id + "/photos/" + photoId,
				"{\"is_primary\": true}", "Authorization", this.owner.bearer());
		assertThat(primary.json().at("/data/is_primary").asBoolean()).isTrue();
		assertThat(this.api.as(this.owner)
			.get("/api/v1/collections/items/" + id)
			.json()
			.at("/data/primary_photo/id")
			.asString()).isEqualTo(photoId);
		assertThat(names("has_photos=true")).containsExactly("With photos");

		String fileId = bare.split("/")[4];
		assertThat(storedFiles()).anyMatch((p) -> p.toString().contains(fileId));
		assertThat(storedFiles()).noneMatch((p) -> p.getFileName().toString().contains("passwd"));
		assertThat(this.api.as(this.owner)
			.delete("/api/v1/collections/items/" + id + "/photos/" + item.at("/data/photos/0/id").asString())
			.status()).isEqualTo(204);
		// the bytes go by a durable job after the commit
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(storedFiles()).noneMatch((p) -> p.toString().contains(fileId)));
		assertProblem(this.api.as(this.owner).get(bare), 404, "NOT_FOUND");
	}

	@Test
	void shouldRefuseLyingOversizeAndBombImagesAndStoreNothing() throws Exception {
		String category = category(this.owner, "Refusals");
		long before = storedFiles().count();
		assertProblem(upload(category, "fake.jpg", image("fake.jpg")), 415, "UNSUPPORTED_MEDIA_TYPE");
		assertProblem(upload(category, "bomb.png", image("bomb.png")), 422, "VALIDATION_FAILED");
		byte[] huge = new byte[10 * 1024 * 1024 + 1];
		System.arraycopy(image("large.jpg"), 0, huge, 0, 1000);
		assertProblem(upload(category, "huge.jpg", huge), 413, "PAYLOAD_TOO_LARGE");
		assertThat(storedFiles().count()).isEqualTo(before);
		assertThat(names("q=refused")).isEmpty();
	}

	@Test
	void shouldExportAndImportTheCollectionIdempotently() {
		String category = category(this.owner, "Export me");
		String keep = item(this.owner, category, "Keeper", "{\"code\": \"K1\", \"weight\": 3}").json()
			.at("/data/id")
			.asString();
		String gone = item(this.owner, category, "Goner, \\\"quoted\\\"", "{\"code\": \"G1\", \"grade\": \"a\"}").json()
			.at("/data/id")
			.asString();
		this.api.post("/api/v1/collections/items/" + keep + "/urls", "{\"url\": \"https://example.org/k\"}",
				"Authorization", this.owner.bearer());
		Reply exported = this.api.as(this.owner).get("/api/v1/collections/export");
		assertThat(exported.status()).isEqualTo(200);
		assertThat(exported.json().get("format").asString()).isEqualTo("hearth-collection/1");
		assertThat(exported.json().get("items").size()).isEqualTo(2);
		assertThat(exported.json().at("/categories/0/fields").size()).isEqualTo(6);

		Reply csv = this.api.as(this.owner).get("/api/v1/collections/export?format=csv&category_id=" + category);
		assertThat(csv.body().lines().findFirst().orElse(""))
			.isEqualTo("id,name,description,shop,code,weight,grade,mint,bought,urls,created_at,updated_at");
		assertThat(csv.body()).contains("\"Goner, \"\"quoted\"\"\"").contains("https://example.org/k");

		this.api.as(this.owner).delete("/api/v1/collections/items/" + gone);
		Reply imported = this.api.as(this.owner).post("/api/v1/collections/import", exported.body());
		assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
		assertThat(imported.json().at("/data/items_created").asInt()).isEqualTo(1);
		assertThat(imported.json().at("/data/items_updated").asInt()).isEqualTo(1);
		Reply again = this.api.as(this.owner).post("/api/v1/collections/import", exported.body());
		assertThat(again.json().at("/data/items_created").asInt()).isZero();
		assertThat(names("category_id=" + category + "&sort=name")).containsExactly("Goner, \"quoted\"", "Keeper");
		assertThat(this.api.as(this.owner)
			.get("/api/v1/collections/items/" + gone)
			.json()
			.at("/data/values/grade")
			.asString()).isEqualTo("a");
		assertThat(this.api.as(this.owner).get("/api/v1/collections/items/" + keep).json().at("/data/urls").size())
			.as("links are not duplicated")
			.isEqualTo(1);

		String broken = exported.body().replace("\"K1\"", "\"TOOLONG\"");
		this.api.as(this.owner).delete("/api/v1/collections/items/" + gone);
		Reply refused = this.api.as(this.owner).post("/api/v1/collections/import", broken);
		assertProblem(refused, 422, "VALIDATION_FAILED");
		assertThat(names("category_id=" + category)).as("a bad import changes nothing").containsExactly("Keeper");
		assertProblem(this.api.post("/api/v1/collections/import", exported.body(), "Authorization",
				this.accounts.create("user").bearer()), 422, "VALIDATION_FAILED");
		assertProblem(
				this.api.post("/api/v1/collections/import", "{\"items\": 5", "Authorization", this.owner.bearer()), 400,
				"MALFORMED_REQUEST");
	}

	private Reply upload(String category, String filename, byte[] content) {
		return this.api.multipart(
				"/api/v1/collections/items", List.of(
						Part.text("data",
								"{\"name\": \"Refused\", \"category_id\": \"" + category
										+ "\", \"values\": {\"code\": \"R\"}}"),
						Part.file("photos", filename, content)),
				"Authorization", this.owner.bearer());
	}

	private String category(Account account, String name) {
		Reply reply = this.api.post("/api/v1/collections/categories",
				"{\"name\": \"" + name + "\", \"description\": \"d\", \"fields\": " + FIELDS + "}", "Authorization",
				account.bearer());
		assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
		return reply.json().at("/data/id").asString();
	}

	private Reply item(Account account, String category, String name, String values) {
		return this.api.post("/api/v1/collections/items",
				"{\"name\": \"" + name + "\", \"category_id\": \"" + category + "\", \"values\": " + values + "}",
				"Authorization", account.bearer());
	}

	private long total(String query) {
		Reply reply = this.api.as(this.owner).get("/api/v1/collections/items?" + query);
		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
		return reply.json().at("/meta/pagination/total").asLong();
	}

	private List<String> names(String query) {
		Reply reply = this.api.as(this.owner).get("/api/v1/collections/items?per_page=100&" + query);
		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
		List<String> names = new ArrayList<>();
		reply.json().get("data").forEach((n) -> names.add(n.get("name").asString()));
		return names;
	}

	private static byte[] image(String name) throws IOException {
		try (InputStream in = CollectionsSystemTest.class.getResourceAsStream("/images/" + name)) {
			return in.readAllBytes();
		}
	}

	private static Stream<Path> storedFiles() throws IOException {
		Path root = Path.of("target/test-data/files");
		if (!Files.exists(root)) {
			return Stream.empty();
		}
		try (Stream<Path> walk = Files.walk(root)) {
			return walk.filter(Files::isRegularFile).toList().stream();
		}
	}

	static UUID uuid(String value) {
		return UUID.fromString(value);
	}

}
