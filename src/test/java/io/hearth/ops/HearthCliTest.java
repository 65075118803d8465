package io.hearth.ops;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import io.hearth.HearthApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The jar's command line, run in-process against a fresh H2 file database. */
class HearthCliTest {

	@TempDir
	Path dir;

	@Test
	void shouldReportPendingMigrationsThenMigrateThenReportUpToDate() {
		String url = "--spring.datasource.url=jdbc:h2:file:" + this.dir.resolve("cli") + ";DB_CLOSE_ON_EXIT=FALSE";
		String data = "--hearth.data-dir=" + this.dir;

		Result before = run("check-db", url, data);
		assertThat(before.code()).as(before.toString()).isEqualTo(1);
		assertThat(before.out()).contains("Connected: H2").contains("Schema version: none");
		assertThat(before.err()).contains("run 'hearth migrate'");

		Result migrate = run("migrate", url, data);
		assertThat(migrate.code()).as(migrate.toString()).isZero();
		assertThat(migrate.out()).containsPattern("Applied [1-9]\\d* migration");

		Result after = run("check-db", url, data);
		assertThat(after.code()).as(after.toString()).isZero();
		assertThat(after.out()).contains("pending migrations: 0");
	}

	@Test
	void shouldFailCheckDbWhenTheDatabaseIsUnreachable() {
		Result result = run("check-db", "--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/none",
				"--spring.datasource.hikari.connection-timeout=500");
		assertThat(result.code()).isEqualTo(1);
		assertThat(result.err()).startsWith("Cannot use the database:");
	}

	@Test
	void shouldReindexEveryModuleOrTheOneNamedAndRefuseAnUnknownOne() {
		String url = "--spring.datasource.url=jdbc:h2:file:" + this.dir.resolve("reindex") + ";DB_CLOSE_ON_EXIT=FALSE";
		String data = "--hearth.data-dir=" + this.dir;
		Result all = run("reindex", url, data);
		assertThat(all.code()).as(all.toString()).isZero();
		assertThat(all.out()).contains("collections: 0 rows reindexed").contains("interactions: 0 rows reindexed");
		Result one = run("reindex", "interactions", url, data);
		assertThat(one.out()).contains("interactions").doesNotContain("collections");
		Result unknown = run("reindex", "planets", url, data);
		assertThat(unknown.code()).isEqualTo(2);
		assertThat(unknown.err()).contains("collections, interactions");
	}

	@Test
	void shouldListEveryCommandInHelp() {
		Result help = run("--help");
		assertThat(help.code()).isZero();
		assertThat(help.out()).contains("serve", "migrate", "check-db", "reindex");
	}

	@Test
	void shouldRefuseAnUnknownCommand() {
		Result result = run("frobnicate");
		assertThat(result.code()).isEqualTo(2);
		assertThat(result.err()).contains("frobnicate");
	}

	private static Result run(String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int code = HearthCli.execute(HearthApplication.class, new PrintWriter(out, true), new PrintWriter(err, true),
				args);
		return new Result(code, out.toString(), err.toString());
	}

	record Result(int code, String out, String err) {
	}

}
