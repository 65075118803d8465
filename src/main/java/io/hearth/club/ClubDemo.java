package io.hearth.club;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.hearth.platform.DemoSeeder;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code hearth seed-demo club [--count N]}: eleven venues over two sims with English and
 * Italian texts, a dozen artists, and {@code N} published events (default 300) over the
 * coming weeks, two or three a night at 21:00-23:00 club time. Venues and artists already
 * there (by slug) are kept; events are added each time.
 */
@Component
class ClubDemo implements DemoSeeder {

	/** slug, English name, Italian name, capacity, mood, primary colour. */
	private static final String[][] VENUES = { { "grotto", "The Grotto", "La Grotta", "120", "warm", "#7a3b1f" },
			{ "starfall", "Starfall Dome", "Cupola Stellare", "300", "cosmic", "#1b1f5e" },
			{ "moonpool", "Moon Pool", "Piscina della Luna", "80", "cosmic", "#2e6f8e" },
			{ "ember-lounge", "Ember Lounge", "Salotto delle Braci", "60", "warm", "#a1402a" },
			{ "velvet-room", "Velvet Room", "Sala di Velluto", "50", "warm", "#5b1a3a" },
			{ "nebula-deck", "Nebula Deck", "Ponte Nebulosa", "200", "cosmic", "#3a2a6b" },
			{ "lantern-garden", "Lantern Garden", "Giardino delle Lanterne", "150", "hybrid", "#3f6b2a" },
			{ "echo-hall", "Echo Hall", "Sala dell'Eco", "250", "hybrid", "#444444" },
			{ "crystal-cave", "Crystal Cave", "Caverna di Cristallo", "90", "cosmic", "#5fa3b8" },
			{ "driftwood-bar", "Driftwood Bar", "Bar del Legno", "40", "warm", "#8b5a2b" },
			{ "aurora-stage", "Aurora Stage", "Palco Aurora", "400", "hybrid", "#2a7f62" } };

	/** slug, name, performance type. */
	private static final String[][] ARTISTS = { { "luna-vox", "Luna Vox", "live_singer" },
			{ "dj-orbit", "DJ Orbit", "dj" }, { "mara-soleil", "Mara Soleil", "live_singer" },
			{ "the-queen-tribute", "Royal Echo (Queen tribute)", "tribute" }, { "dj-sable", "DJ Sable", "dj" },
			{ "elio-rain", "Elio Rain", "live_singer" }, { "bowie-stardust", "Stardust (Bowie tribute)", "tribute" },
			{ "dj-kairos", "DJ Kairos", "dj" }, { "nina-vale", "Nina Vale", "live_singer" },
			{ "the-cave-band", "The Cave Band", "other" }, { "dj-mistral", "DJ Mistral", "dj" },
			{ "ivy-blue", "Ivy Blue", "live_singer" } };

	private final Venues venues;

	private final Artists artists;

	private final ClubEvents events;

	private final ClubProperties properties;

	private final TransactionTemplate transactions;

	private final SeriesPlanning seriesPlanning;

	private final ClubSeriesRepository series;

	private final ClubSearch search;

	private final Clock clock;

	ClubDemo(Venues venues, Artists artists, ClubEvents events, ClubProperties properties,
			TransactionTemplate transactions, SeriesPlanning seriesPlanning, ClubSeriesRepository series,
			ClubSearch search, Clock clock) {
		this.search = search;
		this.seriesPlanning = seriesPlanning;
		this.series = series;
		this.venues = venues;
		this.artists = artists;
		this.events = events;
		this.properties = properties;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "club";
	}

	@Override
	public void seed(int count, PrintWriter out) {
		java.time.Instant now = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		List<Venue> venues = new ArrayList<>();
		List<Artist> artists = new ArrayList<>();
		this.transactions.executeWithoutResult((status) -> {
			for (int i = 0; i < VENUES.length; i++) {
				String[] v = VENUES[i];
				int order = i;
				venues.add(this.venues.findBySlug(v[0])
					.orElseGet(() -> this.venues.save(new Venue(
							new ClubRequests.VenueWrite(v[0], Integer.valueOf(v[3]), ClubRequests.Mood.of(v[4]),
									new ClubRequests.Colours(v[5], null, null, "#0b0b12"),
									"secondlife://Dreamers%20Cave/" + (64 + order * 16) + "/128/25", order, true,
									Map.of("en",
											new ClubRequests.VenueText(
													v[1], null, "A room of **The Dreamer's Cave**, open most nights."),
											"it",
											new ClubRequests.VenueText(v[2], null,
													"Una sala di **The Dreamer's Cave**, aperta quasi ogni sera."))),
							now))));
			}
			for (String[] a : ARTISTS) {
				artists.add(
						this.artists.findBySlug(a[0])
							.orElseGet(
									() -> this.artists.save(new Artist(
											new ClubRequests.ArtistWrite(a[0], a[1], null,
													ClubRequests.PerformanceType.of(a[2]),
													a[0].startsWith("luna") || a[0].startsWith("dj-orbit"), true,
													Map.of("en", a[1] + " plays *The Dreamer's Cave*.", "it",
															a[1] + " suona a *The Dreamer's Cave*."),
													List.of()),
											now))));
			}
			this.artists.flush();
			artists.forEach(this.search::indexed);
		});
		out.println("club: " + venues.size() + " venues, " + artists.size() + " artists");
		ZoneId zone = this.properties.timeZone();
		LocalDate first = LocalDate.ofInstant(now, zone).plusDays(1);
		// two residencies: Saturdays with a singer, every other Friday with a DJ
		residency("demo-saturday-soul", "FREQ=WEEKLY;BYDAY=SA", LocalTime.of(22, 0), venues.get(0), artists.get(0),
				"Saturday Soul", "Soul del sabato", first, zone, out);
		residency("demo-friday-orbit", "FREQ=WEEKLY;INTERVAL=2;BYDAY=FR", LocalTime.of(23, 0), venues.get(1),
				artists.get(1), "Friday Orbit", "Venerdì in orbita", first, zone, out);
		int made = 0;
		while (made < count) {
			int batch = Math.min(500, count - made);
			int from = made;
			this.transactions.executeWithoutResult((status) -> {
				List<ClubEvent> batchEvents = new ArrayList<>();
				for (int n = from; n < from + batch; n++) {
					Venue venue = venues.get(n % venues.size());
					Artist artist = artists.get((n * 7) % artists.size());
					// a night at every venue, each day: 50,000 events are some twelve
					// years of programme
					ZonedDateTime start = ZonedDateTime.of(first.plusDays(n / venues.size()),
							LocalTime.of(20 + (n % 4), 0), zone);
					String title = artist.name() + " at " + venue.texts().get("en").name();
					ClubRequests.EventWrite write = new ClubRequests.EventWrite(null, type(artist), venue.id(),
							start.toOffsetDateTime(), start.plusHours(2).toOffsetDateTime(), zone.getId(), n % 10 == 0,
							false,
							Map.of("en", new ClubRequests.EventText(title, "An evening with " + artist.name() + "."),
									"it",
									new ClubRequests.EventText(artist.name() + " al " + venue.texts().get("it").name(),
											"Una serata con " + artist.name() + ".")),
							List.of(new ClubRequests.BillingInput(artist.id(), null)), null);
					String slug = "demo-" + start.toLocalDate() + "-" + venue.slug() + "-" + start.getHour() + "-"
							+ Long.toString(now.toEpochMilli() % 1_000_000, 36) + "-" + n;
					ClubEvent event = new ClubEvent(slug, write, zone, now);
					event.publish(now);
					batchEvents.add(this.events.save(event));
				}
				this.events.flush();
				batchEvents.forEach(this.search::indexed);
			});
			made += batch;
			out.println("club events: " + made + "/" + count);
		}
	}

	private void residency(String slug, String rule, LocalTime at, Venue venue, Artist artist, String en, String it,
			LocalDate from, ZoneId zone, PrintWriter out) {
		if (this.series.existsBySlug(slug)) {
			return;
		}
		ZonedDateTime start = from.atTime(at).atZone(zone);
		SeriesPlanning.SeriesDetail made = this.seriesPlanning.createForDemo(new ClubRequests.SeriesWrite(slug,
				type(artist), venue.id(), start.toOffsetDateTime(), start.plusHours(3).toOffsetDateTime(), zone.getId(),
				rule, false, false,
				Map.of("en",
						new ClubRequests.EventText(en, "A residency at **" + venue.texts().get("en").name() + "**."),
						"it", new ClubRequests.EventText(it, null)),
				List.of(new ClubRequests.BillingInput(artist.id(), null))));
		out.println("club series " + slug + ": " + made.upcoming().size() + " upcoming nights shown of its "
				+ made.rrule());
	}

	private static ClubRequests.EventType type(Artist artist) {
		return switch (artist.performanceType()) {
			case DJ -> ClubRequests.EventType.DJ_SET;
			case TRIBUTE -> ClubRequests.EventType.TRIBUTE_CONCERT;
			case LIVE_SINGER -> ClubRequests.EventType.LIVE_SINGER;
			case OTHER -> ClubRequests.EventType.SPECIAL;
		};
	}

}
