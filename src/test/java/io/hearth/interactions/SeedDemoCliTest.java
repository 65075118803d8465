package io.hearth.interactions;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import io.hearth.HearthApplication;
import io.hearth.ops.HearthCliAccess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class SeedDemoCliTest {

	@TempDir
	Path dir;

	@Test
	void shouldCreateSitesUsersWithPrintedPasswordsAndInteractionsOnce() {
		String[] db = { "--spring.datasource.url=jdbc:h2:file:" + this.dir.resolve("db") + ";DB_CLOSE_ON_EXIT=FALSE",
				"--hearth.data-dir=" + this.dir, "--hearth.identity.bcrypt-cost=4" };
		String first = run(db, "seed-demo", "interactions", "--count", "120");
		assertThat(first).contains("marketing-site-admin", "sales-editor", "support-viewer")
			.containsPattern("marketing-editor\\s+editor\\s+Demo-\\S{14}")
			.contains("120 / 120");
		assertThat(run(db, "reindex", "interactions")).as("seeded with their search terms")
			.contains("interactions: 0 rows reindexed");
		String second = run(db, "seed-demo", "interactions", "--count", "0");
		assertThat(second).contains("(exists; unchanged)").doesNotContainPattern("Demo-\\S{14}");
		StringWriter err = new StringWriter();
		int code = HearthCliAccess.execute(HearthApplication.class, new PrintWriter(new StringWriter()),
				new PrintWriter(err, true), concat(db, "seed-demo", "widgets"));
		assertThat(code).isEqualTo(2);
		assertThat(err.toString()).contains("available: club, collections, interactions");
	}

	private static String run(String[] db, String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int code = HearthCliAccess.execute(HearthApplication.class, new PrintWriter(out, true),
				new PrintWriter(err, true), concat(db, args));
		assertThat(code).as(err.toString()).isZero();
		return out.toString();
	}

	private static String[] concat(String[] db, String... args) {
		String[] all = new String[args.length + db.length];
		System.arraycopy(args, 0, all, 0, args.length);
		System.arraycopy(db, 0, all, args.length, db.length);
		return all;
	}

}
