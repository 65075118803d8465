package io.hearth.collections;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import javax.sql.DataSource;

import io.hearth.identity.Role;
import io.hearth.identity.UserProvisioning;
import io.hearth.platform.DemoSeeder;
import io.hearth.platform.DemoWords;
import io.hearth.platform.Ids;
import io.hearth.platform.SearchTokens;
import io.hearth.platform.TextSearch;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code seed-demo collections}: the user {@code collector} (password printed once) with
 * the categories Electronic parts, Vinyl records and Coins, and {@code count} items with
 * field values, inserted in JDBC batches with progress, so a million-item collection
 * takes a couple of minutes.
 */
@Component
class CollectionDemo implements DemoSeeder {

	private static final String[] PACKAGES = { "dip", "smd", "to92", "to220" };

	private static final String[] PARTS = { "resistor", "capacitor", "transistor", "diode", "regulator", "inductor",
			"led", "crystal", "relay", "fuse" };

	private final UserProvisioning users;

	private final Categories categories;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final TextSearch search;

	CollectionDemo(UserProvisioning users, Categories categories, DataSource dataSource,
			TransactionTemplate transactions, TextSearch search) {
		this.search = search;
		this.users = users;
		this.categories = categories;
		this.jdbc = new JdbcTemplate(dataSource);
		this.transactions = transactions;
	}

	@Override
	public String name() {
		return "collections";
	}

	@Override
	public void seed(int count, PrintWriter out) {
		UUID owner = this.users.find("collector").map((u) -> {
			out.println("collector                (exists; unchanged)");
			return u.id();
		}).orElseGet(() -> {
			String password = "Demo-" + Long.toString(new SecureRandom().nextLong() & Long.MAX_VALUE, 36);
			UUID id = this.users.createUser("collector", "collector@demo.invalid", password, Role.USER).id();
			out.println("collector                " + password + "   (shown once)");
			return id;
		});
		Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
		List<FieldDefinition> partFields = List.of(
				new FieldDefinition("code", "Code", FieldDefinition.Type.TEXT, true, null, 0, 40, null, null, null,
						null),
				new FieldDefinition("value", "Value", FieldDefinition.Type.NUMBER, false, null, 1, null,
						BigDecimal.ZERO, null, null, null),
				new FieldDefinition("package", "Package", FieldDefinition.Type.SELECT, false, null, 2, null, null, null,
						null,
						java.util.Arrays.stream(PACKAGES)
							.map((p) -> new FieldDefinition.Option(p, p.toUpperCase()))
							.toList()),
				new FieldDefinition("tested", "Tested", FieldDefinition.Type.BOOLEAN, false, null, 3, null, null, null,
						null, null));
		Category parts = category(owner, "Electronic parts", partFields, now);
		category(owner, "Vinyl records", List.of(new FieldDefinition("artist", "Artist", FieldDefinition.Type.TEXT,
				true, null, 0, 200, null, null, null, null)), now);
		category(owner, "Coins", List.of(new FieldDefinition("year", "Year", FieldDefinition.Type.NUMBER, false, null,
				0, null, null, null, BigDecimal.ONE, null)), now);
		insertItems(owner, parts, count, now, out);
	}

	private Category category(UUID owner, String name, List<FieldDefinition> fields, Instant now) {
		return this.transactions.execute((s) -> this.categories.findByOwnerIdOrderByNameKey(owner)
			.stream()
			.filter((c) -> c.name().equals(name))
			.findFirst()
			.orElseGet(() -> this.categories.saveAndFlush(new Category(owner, name, "Demo " + name, fields, now))));
	}

	private void insertItems(UUID owner, Category parts, int count, Instant now, PrintWriter out) {
		UUID category = parts.id();
		Random random = new Random(7);
		DemoWords words = new DemoWords(7);
		int batchSize = 2_000;
		List<TextSearch.NewRow> indexed = new ArrayList<>(batchSize);
		List<Object[]> items = new ArrayList<>(batchSize);
		List<Object[]> values = new ArrayList<>(batchSize * 4);
		for (int i = 0; i < count; i++) {
			UUID id = Ids.newId();
			String part = PARTS[random.nextInt(PARTS.length)];
			String code = part.substring(0, 3).toUpperCase() + "-" + i;
			BigDecimal value = BigDecimal.valueOf(random.nextInt(100_000), 1);
			String pkg = PACKAGES[random.nextInt(PACKAGES.length)];
			boolean tested = random.nextBoolean();
			String name = Character.toUpperCase(part.charAt(0)) + part.substring(1) + " " + value.toPlainString() + " #"
					+ i;
			Map<String, Object> itemValues = new LinkedHashMap<>();
			itemValues.put("code", code);
			itemValues.put("value", value);
			itemValues.put("package", pkg);
			itemValues.put("tested", tested);
			Timestamp created = Timestamp.from(now.minus(Duration.ofSeconds(count - i)));
			String description = "Demo " + part + " " + words.sentence(6);
			// the terms as Item itself makes them, for the bulk insert
			Item probe = new Item(id, owner, category, name, description, itemValues, parts.fields(),
					created.toInstant());
			items.add(new Object[] { id, owner, category, name, name.toLowerCase(), description,
					Category.mapper().writeValueAsString(itemValues), probe.storedSearchTerms(),
					probe.storedNameTerms(), SearchTokens.VERSION, created, created });
			indexed.add(new TextSearch.NewRow(owner, id, created.toInstant(), probe.searchTerms(), probe.nameTerms()));
			values.add(new Object[] { id, owner, "code", code, null });
			values.add(new Object[] { id, owner, "value", value.stripTrailingZeros().toPlainString(), value });
			values.add(new Object[] { id, owner, "package", pkg, null });
			values.add(new Object[] { id, owner, "tested", String.valueOf(tested), null });
			if (items.size() == batchSize || i == count - 1) {
				this.transactions.executeWithoutResult((s) -> {
					this.jdbc.batchUpdate("INSERT INTO items (id, owner_id, category_id, name, name_key, description,"
							+ " item_values, search_terms, name_terms, search_version, photo_count, created_at,"
							+ " updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, 0)", items);
					this.search.indexedNew(ItemSearch.INDEX, indexed);
					this.jdbc.batchUpdate("INSERT INTO item_field_values (item_id, owner_id, field_key, text_value,"
							+ " number_value) VALUES (?, ?, ?, ?, ?)", values);
				});
				items.clear();
				values.clear();
				indexed.clear();
				out.printf("\ritems: %,d / %,d", i + 1, count);
				out.flush();
			}
		}
		out.println();
	}

}
