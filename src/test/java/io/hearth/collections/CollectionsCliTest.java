package io.hearth.collections;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import io.hearth.HearthApplication;
import io.hearth.ops.HearthCliAccess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * seed-demo collections, export and import from the command line, on a fresh H2 file
 * database.
 */
class CollectionsCliTest {

	@TempDir
	Path dir;

	@Test
	void shouldSeedExportAndReimportACollectionIdempotently() throws Exception {
		String[] db = { "--spring.datasource.url=jdbc:h2:file:" + this.dir.resolve("db") + ";DB_CLOSE_ON_EXIT=FALSE",
				"--hearth.data-dir=" + this.dir, "--hearth.identity.bcrypt-cost=4" };
		Result seeded = run(db, "seed-demo", "collections", "--count", "1203");
		assertThat(seeded.out()).containsPattern("collector\\s+Demo-\\S+").contains("1,203 / 1,203");
		assertThat(run(db, "reindex", "collections").out()).as("seeded with their search terms")
			.contains("collections: 0 rows reindexed");

		Path file = this.dir.resolve("collection.json");
		Result exported = run(db, "export", "--owner", "collector", "--out", file.toString());
		assertThat(exported.err()).contains("exported 1,203 items");
		JsonNode json = JsonMapper.shared().readTree(Files.readString(file));
		assertThat(json.get("categories").size()).isEqualTo(3);
		assertThat(json.get("items").size()).isEqualTo(1203);
		assertThat(json.at("/items/0/values/code").asString()).matches("[A-Z]{3}-\\d+");

		Result imported = run(db, "import", "--owner", "collector", "--in", file.toString());
		assertThat(imported.out()).contains("0 categories created, 3 updated; 0 items created, 1203 updated");
		StringWriter err = new StringWriter();
		int code = HearthCliAccess.execute(HearthApplication.class, new PrintWriter(new StringWriter()),
				new PrintWriter(err, true), concat(db, "export", "--owner", "nobody", "--out", file.toString()));
		assertThat(code).isEqualTo(1);
		assertThat(err.toString()).contains("not found");
	}

	private static Result run(String[] db, String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int code = HearthCliAccess.execute(HearthApplication.class, new PrintWriter(out, true),
				new PrintWriter(err, true), concat(db, args));
		assertThat(code).as(err.toString()).isZero();
		return new Result(out.toString(), err.toString());
	}

	private static String[] concat(String[] db, String... args) {
		String[] all = new String[args.length + db.length];
		System.arraycopy(args, 0, all, 0, args.length);
		System.arraycopy(db, 0, all, args.length, db.length);
		return all;
	}

	record Result(String out, String err) {
	}

}
