package io.hearth.interactions;

import java.io.PrintWriter;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

import javax.sql.DataSource;

import io.hearth.identity.Role;
import io.hearth.identity.UserProvisioning;
import io.hearth.platform.DemoWords;
import io.hearth.platform.SearchTokens;
import io.hearth.platform.TextSearch;
import io.hearth.sites.SiteRole;
import io.hearth.sites.SiteSetup;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Demo data for the interaction log: sites Marketing, Sales and Support, a site_admin, an
 * editor and a viewer in each (passwords generated and printed once), and {@code count}
 * interactions spread over the sites and the last two years. Interactions are inserted in
 * JDBC batches, so a benchmark-sized log (hundreds of thousands) takes seconds.
 */
@Component
class DemoData implements io.hearth.platform.DemoSeeder {

	static final List<String> SITES = List.of("Marketing", "Sales", "Support");

	private static final String[] LEADS = { "Ada Lovelace", "Grace Hopper", "Alan Turing", "Katherine Johnson",
			"Edsger Dijkstra", "Barbara Liskov", "Donald Knuth", "Margaret Hamilton" };

	private static final String[] PLACES = { "Paris office", "Berlin office", "Zoom", "Client site", "Lisbon hub",
			"Phone" };

	private static final String[] TOPICS = { "quarterly review", "pricing", "onboarding", "renewal", "roadmap",
			"incident follow-up", "training plan", "budget", "partnership", "launch" };

	private static final String[] ZONES = { "Europe/Paris", "Europe/Berlin", "America/New_York", "Asia/Tokyo", "UTC" };

	private final UserProvisioning users;

	private final SiteSetup sites;

	private final JdbcTemplate jdbc;

	private final TextSearch search;

	DemoData(UserProvisioning users, SiteSetup sites, DataSource dataSource, TextSearch search) {
		this.search = search;
		this.users = users;
		this.sites = sites;
		this.jdbc = new JdbcTemplate(dataSource);
	}

	@Override
	public String name() {
		return "interactions";
	}

	@Override
	public void seed(int count, PrintWriter out) {
		SecureRandom secure = new SecureRandom();
		List<UUID> siteIds = new ArrayList<>();
		List<UUID> authors = new ArrayList<>();
		out.printf("%-24s %-11s %s%n", "user", "role", "password (shown once)");
		for (String name : SITES) {
			UUID siteId = this.sites.ensureSite(name, name + " team");
			siteIds.add(siteId);
			for (SiteRole role : SiteRole.values()) {
				String username = name.toLowerCase(Locale.ROOT) + "-" + role.value().replace("_", "-");
				var existing = this.users.find(username);
				UUID userId;
				if (existing.isPresent()) {
					userId = existing.get().id();
					out.printf("%-24s %-11s %s%n", username, role.value(), "(exists; unchanged)");
				}
				else {
					String password = password(secure);
					userId = this.users.createUser(username, username + "@demo.invalid", password, Role.USER).id();
					out.printf("%-24s %-11s %s%n", username, role.value(), password);
				}
				this.sites.ensureMember(siteId, userId, role);
				if (role != SiteRole.VIEWER) {
					authors.add(userId);
				}
			}
		}
		insertInteractions(count, siteIds, authors, out);
	}

	private void insertInteractions(int count, List<UUID> siteIds, List<UUID> authors, PrintWriter out) {
		Random random = new Random(42);
		Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
		int batchSize = 2_000;
		String sql = "INSERT INTO interactions (id, site_id, title, type, lead, start_at, end_at, timezone, location,"
				+ " description, notes, search_terms, name_terms, search_version, created_by, created_at, updated_by,"
				+ " updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)";
		DemoWords words = new DemoWords(42);
		List<TextSearch.NewRow> indexed = new ArrayList<>(batchSize);
		InteractionType[] types = InteractionType.values();
		List<Object[]> batch = new ArrayList<>(batchSize);
		for (int i = 0; i < count; i++) {
			InteractionType type = types[random.nextInt(types.length)];
			String lead = LEADS[random.nextInt(LEADS.length)];
			String topic = TOPICS[random.nextInt(TOPICS.length)];
			String place = PLACES[random.nextInt(PLACES.length)];
			String title = type.label() + " about " + topic + " #" + i;
			String description = "Discussed " + topic + " with " + lead + " at " + place + ": " + words.sentence(8)
					+ ".";
			Instant start = now.minus(Duration.ofMinutes(random.nextInt(2 * 365 * 24 * 60)));
			UUID author = authors.get(random.nextInt(authors.size()));
			Instant created = now.minus(Duration.ofSeconds(count - i));
			Instant end = start.plus(Duration.ofMinutes(30 + random.nextInt(90)));
			String zone = ZONES[random.nextInt(ZONES.length)];
			UUID site = siteIds.get(i % siteIds.size());
			// the terms as Interaction itself makes them, for the bulk insert
			Interaction probe = new Interaction(site,
					new InteractionValues(title, type, lead, start, end, zone, place, description, null), author,
					created);
			batch.add(new Object[] { probe.id(), site, title, type.name(), lead, Timestamp.from(start),
					Timestamp.from(end), zone, place, description, null, probe.storedSearchTerms(),
					probe.storedNameTerms(), SearchTokens.VERSION, author, Timestamp.from(created), author,
					Timestamp.from(created) });
			indexed.add(new TextSearch.NewRow(site, probe.id(), created, probe.searchTerms(), probe.nameTerms()));
			if (batch.size() == batchSize || i == count - 1) {
				this.jdbc.batchUpdate(sql, batch);
				this.search.indexedNew(InteractionSearch.INDEX, indexed);
				batch.clear();
				indexed.clear();
				out.printf("\rinteractions: %,d / %,d", i + 1, count);
				out.flush();
			}
		}
		out.println();
	}

	private static String password(SecureRandom random) {
		String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
		StringBuilder password = new StringBuilder("Demo-");
		for (int i = 0; i < 14; i++) {
			password.append(alphabet.charAt(random.nextInt(alphabet.length())));
		}
		return password.toString();
	}

}
