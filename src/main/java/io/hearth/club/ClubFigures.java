package io.hearth.club;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import io.hearth.identity.Caller;
import io.hearth.platform.ApiException;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff's figures: upcoming events and favourites per venue, favourites per artist,
 * mails sent and failed per day. Counted by the database (one grouped query each), so
 * they cost the same at 50,000 events as at fifty.
 */
@Service
@Transactional(readOnly = true)
class ClubFigures {

	static final int MOST_DAYS = 90;

	private final JdbcTemplate jdbc;

	private final Venues venues;

	private final Artists artists;

	private final ClubLanguages languages;

	private final Clock clock;

	ClubFigures(JdbcTemplate jdbc, Venues venues, Artists artists, ClubLanguages languages, Clock clock) {
		this.jdbc = jdbc;
		this.venues = venues;
		this.artists = artists;
		this.languages = languages;
		this.clock = clock;
	}

	/** What the figures say, as of {@code at}. */
	record Figures(Instant at, List<VenueFigure> venues, List<ArtistFigure> artists, List<MailDay> mails) {
	}

	record VenueFigure(UUID id, String slug, String name, boolean active, long upcomingEvents, long favourites) {
	}

	record ArtistFigure(UUID id, String slug, String name, boolean active, long favourites) {
	}

	/** One day (UTC) of mail: notifications mailed that day, and those that failed. */
	record MailDay(LocalDate day, long sent, long failed) {
	}

	Figures figures(Caller caller, int days) {
		ClubAudit.requireStaff(caller);
		if (days < 1 || days > MOST_DAYS) {
			throw ApiException.invalid("days", "must be between 1 and " + MOST_DAYS);
		}
		Instant now = this.clock.instant();
		Map<UUID, Long> upcoming = counts(
				"SELECT venue_id, COUNT(*) FROM club_events WHERE publication = ? AND starts_at > ? GROUP BY venue_id",
				ClubEvent.Publication.PUBLISHED.value(), Timestamp.from(now));
		Map<UUID, Long> venueFavourites = counts(
				"SELECT target_id, COUNT(*) FROM club_favourites WHERE kind = ? GROUP BY target_id",
				MemberLinks.Target.VENUE.value());
		Map<UUID, Long> artistFavourites = counts(
				"SELECT target_id, COUNT(*) FROM club_favourites WHERE kind = ? GROUP BY target_id",
				MemberLinks.Target.ARTIST.value());
		String language = this.languages.all().getFirst();
		List<VenueFigure> venues = new ArrayList<>();
		this.venues.findAll().forEach((venue) -> {
			ClubLanguages.Chosen<Venue.Text> text = this.languages.pick(venue.texts(), language);
			venues.add(new VenueFigure(venue.id(), venue.slug(), (text != null) ? text.text().name() : venue.slug(),
					venue.active(), upcoming.getOrDefault(venue.id(), 0L),
					venueFavourites.getOrDefault(venue.id(), 0L)));
		});
		venues.sort(Comparator.comparingLong(VenueFigure::upcomingEvents).reversed().thenComparing(VenueFigure::slug));
		List<ArtistFigure> artists = new ArrayList<>();
		this.artists.findAll()
			.forEach((artist) -> artists.add(new ArtistFigure(artist.id(), artist.slug(), artist.name(),
					artist.active(), artistFavourites.getOrDefault(artist.id(), 0L))));
		artists.sort(Comparator.comparingLong(ArtistFigure::favourites).reversed().thenComparing(ArtistFigure::slug));
		return new Figures(now, venues, artists, mails(now, days));
	}

	/** Every day of the window, those without mail included, oldest first. */
	private List<MailDay> mails(Instant now, int days) {
		LocalDate today = LocalDate.ofInstant(now, java.time.ZoneOffset.UTC);
		LocalDate first = today.minusDays(days - 1L);
		Timestamp since = Timestamp.from(first.atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
		Map<LocalDate, long[]> byDay = new TreeMap<>();
		for (LocalDate day = first; !day.isAfter(today); day = day.plusDays(1)) {
			byDay.put(day, new long[2]);
		}
		this.jdbc.query(
				"SELECT CAST(sent_at AS DATE), COUNT(*) FROM club_notifications WHERE mailed = TRUE AND sent_at >= ?"
						+ " GROUP BY CAST(sent_at AS DATE)",
				(org.springframework.jdbc.core.RowCallbackHandler) (row) -> add(byDay, row.getDate(1), row.getLong(2),
						0),
				since);
		this.jdbc.query(
				"SELECT CAST(due_at AS DATE), COUNT(*) FROM club_notifications WHERE status = ? AND due_at >= ?"
						+ " GROUP BY CAST(due_at AS DATE)",
				(org.springframework.jdbc.core.RowCallbackHandler) (row) -> add(byDay, row.getDate(1), row.getLong(2),
						1),
				ClubNotification.Status.FAILED.value(), since);
		return byDay.entrySet().stream().map((e) -> new MailDay(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
	}

	private static void add(Map<LocalDate, long[]> byDay, java.sql.Date date, long count, int which) {
		long[] day = byDay.get(date.toLocalDate());
		if (day != null) {
			day[which] += count;
		}
	}

	private Map<UUID, Long> counts(String sql, Object... args) {
		Map<UUID, Long> counts = new HashMap<>();
		this.jdbc.query(sql, (org.springframework.jdbc.core.RowCallbackHandler) (row) -> counts
			.put(row.getObject(1, UUID.class), row.getLong(2)), args);
		return counts;
	}

}
