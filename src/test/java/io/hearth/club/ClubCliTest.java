package io.hearth.club;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import io.hearth.HearthApplication;
import io.hearth.ops.HearthCliAccess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code seed-demo club} on a fresh H2 file database: the venues and artists once, the
 * events added on every run, all published with a text in English and Italian.
 */
class ClubCliTest {

	@TempDir
	Path dir;

	@Test
	void seedDemoClubMakesVenuesAndArtistsOnceAndPublishedEventsEachRun() throws Exception {
		String url = "jdbc:h2:file:" + this.dir.resolve("db") + ";DB_CLOSE_ON_EXIT=FALSE";
		String[] db = { "--spring.datasource.url=" + url, "--hearth.data-dir=" + this.dir };
		assertThat(run(db, "seed-demo", "club", "--count", "40")).contains("club: 11 venues, 12 artists",
				"club series demo-saturday-soul: ", "club series demo-friday-orbit: ", "club events: 40/40");
		assertThat(run(db, "seed-demo", "club", "--count", "7"))
			.contains("club: 11 venues, 12 artists", "club events: 7/7")
			.doesNotContain("club series");
		try (Connection connection = DriverManager.getConnection(url, "", "")) {
			assertThat(count(connection, "SELECT COUNT(*) FROM club_venues")).isEqualTo(11);
			assertThat(count(connection, "SELECT COUNT(*) FROM club_artists")).isEqualTo(12);
			assertThat(count(connection,
					"SELECT COUNT(*) FROM club_events WHERE publication = 'published' AND series_id IS NULL"))
				.isEqualTo(47);
			assertThat(count(connection, "SELECT COUNT(*) FROM club_event_texts t JOIN club_events e"
					+ " ON e.id = t.event_id WHERE e.series_id IS NULL"))
				.isEqualTo(94);
			assertThat(count(connection, "SELECT COUNT(*) FROM club_event_artists a JOIN club_events e"
					+ " ON e.id = a.event_id WHERE e.series_id IS NULL"))
				.isEqualTo(47);
			assertThat(count(connection, "SELECT COUNT(*) FROM club_series WHERE publication = 'published'"))
				.isEqualTo(2);
			// the weekly one: every Saturday of the 180-day horizon, published
			assertThat(count(connection,
					"SELECT COUNT(*) FROM club_events e JOIN club_series s ON s.id = e.series_id"
							+ " WHERE s.slug = 'demo-saturday-soul' AND e.publication = 'published'"))
				.isBetween(25L, 26L);
		}
	}

	private static long count(Connection connection, String sql) throws Exception {
		try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
			rows.next();
			return rows.getLong(1);
		}
	}

	private static String run(String[] db, String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		String[] all = new String[args.length + db.length];
		System.arraycopy(args, 0, all, 0, args.length);
		System.arraycopy(db, 0, all, args.length, db.length);
		int code = HearthCliAccess.execute(HearthApplication.class, new PrintWriter(out, true),
				new PrintWriter(err, true), all);
		assertThat(code).as(err.toString()).isZero();
		return out.toString();
	}

}
