package io.hearth.planning;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static io.hearth.ops.HearthCliAccess.count;
import static io.hearth.ops.HearthCliAccess.run;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code seed-demo planning} on a fresh H2 file database: the catalogue and the planner
 * with credits and two ready analyses once, nothing doubled by a second run.
 */
class PlanningCliTest {

	@TempDir
	Path dir;

	@Test
	void seedDemoPlanningMakesTheCatalogueAPlannerAndTwoReadyAnalysesOnce() throws Exception {
		String url = "jdbc:h2:file:" + this.dir.resolve("db") + ";DB_CLOSE_ON_EXIT=FALSE";
		String[] db = { "--spring.datasource.url=" + url, "--hearth.data-dir=" + this.dir };
		assertThat(run(db, "seed-demo", "planning")).contains("planner                  Demo-", "(shown once)",
				"planner has 100 credits and two analyses");
		assertThat(run(db, "seed-demo", "planning")).contains("planner                  (exists; unchanged)")
			.doesNotContain("two analyses");
		try (Connection connection = DriverManager.getConnection(url, "", "")) {
			assertThat(count(connection, "SELECT COUNT(*) FROM planning_packages")).isEqualTo(2);
			assertThat(count(connection, "SELECT COUNT(*) FROM planning_payment_methods")).isEqualTo(1);
			assertThat(count(connection, "SELECT COUNT(*) FROM planning_discount_codes WHERE code = 'WELCOME10'"))
				.isEqualTo(1);
			assertThat(count(connection, "SELECT COUNT(*) FROM planning_analyses WHERE status = 'ready'")).isEqualTo(2);
			assertThat(
					count(connection, "SELECT COUNT(*) FROM planning_tabs WHERE status = 'ready' AND model = 'demo'"))
				.isEqualTo(8);
			assertThat(count(connection, "SELECT SUM(available) FROM planning_credit_accounts")).isEqualTo(100);
		}
	}

}
