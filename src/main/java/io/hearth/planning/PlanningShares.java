package io.hearth.planning;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.hearth.audit.AuditEvent;
import io.hearth.identity.Caller;
import io.hearth.platform.ApiException;
import io.hearth.platform.Ids;
import io.hearth.platform.OpaqueTokens;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Public, read-only links to an analysis. The token is shown once, when the link is made,
 * and stored only as its hash; an unknown, expired or revoked token is simply not found,
 * so a guess learns nothing. A shared analysis shows its idea and ready tabs, never its
 * owner or its chat.
 */
@Service
class PlanningShares {

	static final Duration LONGEST = Duration.ofDays(366);

	private final JdbcTemplate jdbc;

	private final AnalysisReads reads;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PlanningShares(JdbcTemplate jdbc, AnalysisReads reads, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.reads = reads;
		this.events = events;
		this.clock = clock;
	}

	/** A link as its owner sees it; {@code token} only in the answer that made it. */
	record Share(UUID id, @Nullable String token, @Nullable String url, @Nullable Instant expiresAt,
			@Nullable Instant revokedAt, long views, boolean active, Instant createdAt) {
	}

	@Transactional
	Share create(Caller caller, UUID id, @Nullable Instant expiresAt) {
		Analysis analysis = this.reads.readable(caller, id);
		Instant now = this.clock.instant();
		if (expiresAt != null && (!expiresAt.isAfter(now) || expiresAt.isAfter(now.plus(LONGEST)))) {
			throw ApiException.invalid("expires_at", "must be in the future and within a year");
		}
		String token = OpaqueTokens.newToken();
		UUID shareId = Ids.newId();
		this.jdbc.update(
				"INSERT INTO planning_shares (id, analysis_id, token_hash, expires_at, views, created_at)"
						+ " VALUES (?, ?, ?, ?, 0, ?)",
				shareId, analysis.id(), OpaqueTokens.hash(token), ts(expiresAt), ts(now));
		this.events.publishEvent(new AuditEvent("planning_analysis", analysis.id(), null, "updated", caller.id(),
				Map.of("share", new AuditEvent.Change(null, shareId.toString()))));
		return new Share(shareId, token, "/api/v1/planning/shared/" + token, expiresAt, null, 0, true, now);
	}

	List<Share> list(Caller caller, UUID id) {
		Analysis analysis = this.reads.readable(caller, id);
		Instant now = this.clock.instant();
		return this.jdbc
			.query("SELECT id, expires_at, revoked_at, views, created_at FROM planning_shares WHERE analysis_id = ?"
					+ " ORDER BY created_at DESC", (row, n) -> {
						Instant expires = instant(row.getTimestamp(2));
						Instant revoked = instant(row.getTimestamp(3));
						return new Share(row.getObject(1, UUID.class), null, null, expires, revoked, row.getLong(4),
								revoked == null && (expires == null || expires.isAfter(now)),
								row.getTimestamp(5).toInstant());
					}, analysis.id());
	}

	@Transactional
	void revoke(Caller caller, UUID id, UUID shareId) {
		Analysis analysis = this.reads.readable(caller, id);
		int changed = this.jdbc.update(
				"UPDATE planning_shares SET revoked_at = ? WHERE id = ? AND analysis_id = ? AND revoked_at IS NULL",
				ts(this.clock.instant()), shareId, analysis.id());
		if (changed == 0
				&& this.jdbc.queryForObject("SELECT COUNT(*) FROM planning_shares WHERE id = ? AND analysis_id = ?",
						Long.class, shareId, analysis.id()) == 0) {
			throw ApiException.notFound("Share");
		}
	}

	/** The analysis behind a live token, its view counted. */
	@Transactional
	Analysis open(String token) {
		if (token.length() > 200) {
			throw ApiException.notFound("Shared analysis");
		}
		List<UUID> found = this.jdbc.queryForList(
				"SELECT analysis_id FROM planning_shares WHERE token_hash = ? AND revoked_at IS NULL"
						+ " AND (expires_at IS NULL OR expires_at > ?)",
				UUID.class, OpaqueTokens.hash(token), ts(this.clock.instant()));
		if (found.isEmpty()) {
			throw ApiException.notFound("Shared analysis");
		}
		this.jdbc.update("UPDATE planning_shares SET views = views + 1 WHERE token_hash = ?", OpaqueTokens.hash(token));
		return this.reads.find(found.getFirst()).orElseThrow(() -> ApiException.notFound("Shared analysis"));
	}

	void forget(UUID analysis) {
		this.jdbc.update("DELETE FROM planning_shares WHERE analysis_id = ?", analysis);
	}

	private static @Nullable Timestamp ts(@Nullable Instant instant) {
		return (instant != null) ? Timestamp.from(instant) : null;
	}

	private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
