package io.hearth.club;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static io.hearth.ops.HearthCliAccess.count;
import static io.hearth.ops.HearthCliAccess.run;
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

}
