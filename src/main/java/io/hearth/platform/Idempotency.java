package io.hearth.platform;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code Idempotency-Key} on the POSTs that move money-like things: the first request
 * with a key runs and its answer is kept for 24 hours; the same key and body replay that
 * answer ({@code Idempotent-Replayed: true}), the same key with another body is 422, and
 * a key whose first request is still running is 409. A request that failed leaves no key,
 * so it may be tried again. Keys are per user.
 */
@Component
public class Idempotency {

	public static final String HEADER = "Idempotency-Key";

	static final Duration KEPT = Duration.ofHours(24);

	private final JdbcTemplate jdbc;

	private final InsertOnce once;

	private final JsonMapper json;

	private final Clock clock;

	Idempotency(JdbcTemplate jdbc, InsertOnce once, JsonMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.once = once;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * Runs {@code action} once per (user, key); without a key it just runs.
	 * @param body what identifies the request besides its key (its path and body)
	 */
	public <T> ResponseEntity<T> once(UUID user, @Nullable String key, String body,
			Supplier<ResponseEntity<T>> action) {
		if (key == null) {
			return action.get();
		}
		if (key.isBlank() || key.length() > 100 || !key.chars().allMatch((c) -> c > 32 && c < 127)) {
			throw ApiException.invalid(HEADER, "must be 1 to 100 visible ASCII characters");
		}
		String hash = sha256(body);
		Instant now = this.clock.instant();
		this.jdbc.update("DELETE FROM idempotency_keys WHERE user_id = ? AND idem_key = ? AND created_at < ?", user,
				key, Timestamp.from(now.minus(KEPT)));
		if (!this.once.insert(
				"INSERT INTO idempotency_keys (user_id, idem_key, request_hash, created_at)" + " VALUES (?, ?, ?, ?)",
				user, key, hash, Timestamp.from(now))) {
			return replay(user, key, hash);
		}
		ResponseEntity<T> answer;
		try {
			answer = action.get();
		}
		catch (RuntimeException ex) {
			this.jdbc.update("DELETE FROM idempotency_keys WHERE user_id = ? AND idem_key = ?", user, key);
			throw ex;
		}
		URI location = answer.getHeaders().getLocation();
		this.jdbc.update(
				"UPDATE idempotency_keys SET status = ?, response = ?, location = ? WHERE user_id = ?"
						+ " AND idem_key = ?",
				answer.getStatusCode().value(),
				(answer.getBody() != null) ? this.json.writeValueAsString(answer.getBody()) : null,
				(location != null) ? location.toString() : null, user, key);
		return answer;
	}

	@SuppressWarnings("unchecked")
	private <T> ResponseEntity<T> replay(UUID user, String key, String hash) {
		List<Stored> stored = this.jdbc.query(
				"SELECT request_hash, status, response, location FROM idempotency_keys WHERE user_id = ? AND idem_key = ?",
				(row, n) -> new Stored(row.getString(1), (Integer) row.getObject(2), row.getString(3),
						row.getString(4)),
				user, key);
		if (stored.isEmpty()) {
			throw ApiException.conflict("IDEMPOTENCY_IN_PROGRESS",
					"A request with this Idempotency-Key has just failed; send it again");
		}
		Stored first = stored.getFirst();
		if (!first.hash().equals(hash)) {
			throw new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "IDEMPOTENCY_KEY_REUSED",
					"This Idempotency-Key was used with another request");
		}
		if (first.status() == null) {
			throw ApiException.conflict("IDEMPOTENCY_IN_PROGRESS",
					"The first request with this Idempotency-Key is still running");
		}
		ResponseEntity.BodyBuilder answer = ResponseEntity.status(first.status())
			.header("Idempotent-Replayed", "true")
			.contentType(MediaType.APPLICATION_JSON);
		if (first.location() != null) {
			answer.header(HttpHeaders.LOCATION, first.location());
		}
		// the first answer's JSON as it was written (a tree stands in for the typed body)
		return answer.body((first.response() != null) ? (T) this.json.readTree(first.response()) : null);
	}

	/** Keys older than a day. */
	public int expire() {
		return this.jdbc.update("DELETE FROM idempotency_keys WHERE created_at < ?",
				Timestamp.from(this.clock.instant().minus(KEPT)));
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private record Stored(String hash, @Nullable Integer status, @Nullable String response, @Nullable String location) {
	}

}
