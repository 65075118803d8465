package io.hearth.ai;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import io.hearth.platform.Ids;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every call to the model, with its model, tokens, latency and outcome, for the admin
 * figures; written in its own statement (outside the caller's transaction, which may roll
 * back) and never failing the call it records.
 */
@Service
public class AiUsage {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(AiUsage.class);

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final AiProperties properties;

	private volatile @Nullable Last last;

	private final TransactionTemplate own;

	AiUsage(JdbcTemplate jdbc, Clock clock, AiProperties properties, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.own = new TransactionTemplate(transactions);
		this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
		this.properties = properties;
	}

	void record(String purpose, String provider, String model, long inputTokens, long outputTokens, Duration took,
			String outcome) {
		Instant now = this.clock.instant();
		this.last = new Last(now, outcome);
		try {
			this.own.executeWithoutResult((status) -> this.jdbc.update(
					"INSERT INTO ai_calls (id, call_day, created_at, purpose, provider, model, input_tokens, output_tokens,"
							+ " latency_ms, outcome) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
					Ids.newId(), Date.valueOf(LocalDate.ofInstant(now, ZoneOffset.UTC)), java.sql.Timestamp.from(now),
					purpose, provider, model, inputTokens, outputTokens, took.toMillis(), outcome));
		}
		catch (RuntimeException ex) {
			log.warn("AI usage not recorded for {}: {}", purpose, ex.toString());
		}
	}

	/** The last call's time and outcome on this instance, for the health report. */
	@Nullable Last last() {
		return this.last;
	}

	/**
	 * Calls per UTC day from {@code from} to {@code to} (inclusive), oldest first, with
	 * their cost at the configured prices.
	 */
	public List<Day> daily(LocalDate from, LocalDate to) {
		return this.jdbc.query("SELECT call_day, COUNT(*), SUM(input_tokens), SUM(output_tokens),"
				+ " SUM(CASE WHEN outcome = 'ok' THEN 0 ELSE 1 END) FROM ai_calls"
				+ " WHERE call_day >= ? AND call_day <= ? GROUP BY call_day ORDER BY call_day", (row, n) -> {
					long in = row.getLong(3);
					long out = row.getLong(4);
					return new Day(row.getDate(1).toLocalDate(), row.getLong(2), in, out, row.getLong(5),
							cost(in, out));
				}, Date.valueOf(from), Date.valueOf(to));
	}

	private BigDecimal cost(long in, long out) {
		BigDecimal million = BigDecimal.valueOf(1_000_000);
		return this.properties.inputPricePerMillion()
			.multiply(BigDecimal.valueOf(in))
			.add(this.properties.outputPricePerMillion().multiply(BigDecimal.valueOf(out)))
			.divide(million, 4, RoundingMode.HALF_UP);
	}

	/** One day's calls; {@code failures} counts every outcome but {@code ok}. */
	public record Day(LocalDate day, long calls, long inputTokens, long outputTokens, long failures, BigDecimal cost) {
	}

	record Last(Instant at, String outcome) {
	}

}
