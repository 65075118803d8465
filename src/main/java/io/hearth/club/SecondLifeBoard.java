package io.hearth.club;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.hearth.platform.Envelope;
import io.hearth.platform.PageQuery;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;

/**
 * What a board in Second Life shows: a venue's now and next few events, as text or JSON
 * that always fits in {@link #LIMIT} bytes (what a script's HTTP request receives by
 * default). Titles are cut, then the furthest events dropped, until it fits; times are
 * Second Life time.
 */
@Service
class SecondLifeBoard {

	/** A Second Life script's default HTTP body limit. */
	static final int LIMIT = 2048;

	/** How many events a board lists at most, however much room is left. */
	static final int MOST = 6;

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ROOT);

	private final Programme programme;

	private final ClubReads reads;

	private final JsonMapper json;

	private final Clock clock;

	SecondLifeBoard(Programme programme, ClubReads reads, JsonMapper json, Clock clock) {
		this.programme = programme;
		this.reads = reads;
		this.json = json;
		this.clock = clock;
	}

	/** One line each; the venue first. */
	String text(String venue, String language) {
		Board board = board(venue, language);
		// shorter titles before fewer events
		for (int count = board.lines().size(); count >= 0; count--) {
			for (int title = 80; title >= 8; title -= 8) {
				String text = render(board, title, count);
				if (text.getBytes(StandardCharsets.UTF_8).length <= LIMIT) {
					return text;
				}
			}
		}
		return cut(board.venue(), 200);
	}

	/** The same, as the API's envelope around {@code venue} and {@code events}. */
	byte[] json(String venue, String language) {
		Board board = board(venue, language);
		for (int count = board.lines().size(); count >= 0; count--) {
			for (int title = 80; title >= 8; title -= 8) {
				List<Line> lines = new ArrayList<>();
				for (Line line : board.lines().subList(0, count)) {
					lines.add(new Line(line.state(), line.when(), cut(line.title(), title),
							line.artist() == null ? null : cut(line.artist(), title)));
				}
				byte[] body = this.json.writeValueAsBytes(Envelope.of(new Board(cut(board.venue(), 200), lines)));
				if (body.length <= LIMIT) {
					return body;
				}
			}
		}
		return this.json.writeValueAsBytes(Envelope.of(new Board(cut(board.venue(), 100), List.of())));
	}

	private Board board(String slug, String language) {
		ClubViews.VenueView venue = this.reads.venue(slug, language);
		Instant now = this.clock.instant();
		Programme.Filters filters = new Programme.Filters(now, null, slug, null, null, null, null);
		List<Line> lines = new ArrayList<>();
		for (ClubViews.EventView event : this.programme.events(filters, new PageQuery(1, MOST, null), language, null)
			.items()) {
			String when = WHEN.format(event.startsAt().atZone(Programme.SLT)) + " SLT";
			String artist = event.artists().isEmpty() ? null : event.artists().getFirst().name();
			lines.add(new Line(event.status().equals("live") ? "now" : "next", when, event.title(), artist));
		}
		return new Board(venue.name(), lines);
	}

	private static String render(Board board, int title, int count) {
		StringBuilder text = new StringBuilder(cut(board.venue(), 200)).append('\n');
		for (Line line : board.lines().subList(0, count)) {
			text.append(line.state().equals("now") ? "NOW " : "")
				.append(line.when())
				.append("  ")
				.append(cut(line.title(), title));
			if (line.artist() != null) {
				text.append(" - ").append(cut(line.artist(), title));
			}
			text.append('\n');
		}
		return text.toString();
	}

	/** At most {@code max} code points, never half a character. */
	static String cut(String value, int max) {
		if (value.codePointCount(0, value.length()) <= max) {
			return value;
		}
		return value.substring(0, value.offsetByCodePoints(0, max - 1)) + "…";
	}

	record Board(String venue, List<Line> lines) {
	}

	/** {@code state} is {@code now} or {@code next}; {@code when} in Second Life time. */
	record Line(String state, String when, String title, @Nullable String artist) {
	}

}
