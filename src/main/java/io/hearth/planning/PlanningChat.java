package io.hearth.planning;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import io.hearth.ai.AiException;
import io.hearth.ai.AiMessage;
import io.hearth.ai.AiModel;
import io.hearth.ai.AiReply;
import io.hearth.ai.AiRequest;
import io.hearth.ai.TextSink;
import io.hearth.identity.Caller;
import io.hearth.platform.ApiException;
import io.hearth.platform.Ids;
import io.hearth.platform.InsertOnce;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The chat about a premium analysis. A message counts against the sender's daily limit (a
 * conditional update, never past it) and is stored before the model is asked; the model
 * sees the analysis and as many recent messages as fit the context budget; the reply is
 * stored when it has arrived. No transaction is open while the model writes.
 */
@Service
class PlanningChat {

	/** Characters per token, as estimated for the context budget. */
	private static final int CHARS_PER_TOKEN = 4;

	private final AnalysisReads reads;

	private final TabRows tabs;

	private final TabPrompts prompts;

	private final AiModel ai;

	private final JdbcTemplate jdbc;

	private final InsertOnce once;

	private final TransactionTemplate transactions;

	private final JsonMapper json;

	private final Clock clock;

	private final PlanningProperties properties;

	PlanningChat(AnalysisReads reads, TabRows tabs, TabPrompts prompts, AiModel ai, JdbcTemplate jdbc, InsertOnce once,
			TransactionTemplate transactions, JsonMapper json, Clock clock, PlanningProperties properties) {
		this.reads = reads;
		this.tabs = tabs;
		this.prompts = prompts;
		this.ai = ai;
		this.jdbc = jdbc;
		this.once = once;
		this.transactions = transactions;
		this.json = json;
		this.clock = clock;
		this.properties = properties;
	}

	/** A message of the chat. */
	record Message(UUID id, String role, String content, @Nullable String model, Instant createdAt) {
	}

	/**
	 * Checks that {@code caller} may chat about {@code id} now: the analysis, premium,
	 * the AI on.
	 */
	Analysis chattable(Caller caller, UUID id) {
		Analysis analysis = this.reads.readable(caller, id);
		if (!analysis.premium()) {
			throw new ApiException(HttpStatus.FORBIDDEN, "PREMIUM_REQUIRED", "Chat is part of premium analyses");
		}
		if (!this.ai.available()) {
			throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "AI_UNAVAILABLE",
					"The AI features are switched off on this server (HEARTH_AI_PROVIDER=none)");
		}
		return analysis;
	}

	/** Stores the user's message after counting it against their daily limit. */
	Message accept(Caller caller, Analysis analysis, String content) {
		Message message = this.transactions.execute((status) -> {
			LocalDate day = LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC);
			this.once.insert("INSERT INTO planning_chat_quota (user_id, quota_day, used) VALUES (?, ?, 0)", caller.id(),
					Date.valueOf(day));
			if (this.jdbc.update(
					"UPDATE planning_chat_quota SET used = used + 1 WHERE user_id = ? AND quota_day = ? AND used < ?",
					caller.id(), Date.valueOf(day), this.properties.chatDailyLimit()) == 0) {
				throw new ApiException(HttpStatus.TOO_MANY_REQUESTS, "CHAT_LIMIT",
						"You have sent the " + this.properties.chatDailyLimit()
								+ " chat messages a day allows; the limit resets at midnight UTC");
			}
			return store(analysis.id(), caller.id(), "user", content.strip(), null, 0, 0);
		});
		return java.util.Objects.requireNonNull(message);
	}

	/**
	 * The assistant's reply to the conversation so far, stored once written.
	 * @param sink receives its text as it is written (the streamed answer)
	 */
	Message reply(Caller caller, Analysis analysis, @Nullable TextSink sink) {
		AiReply reply;
		try {
			reply = this.ai.text(request(analysis), sink);
		}
		catch (AiException ex) {
			throw problem(ex);
		}
		Message message = this.transactions.execute((status) -> store(analysis.id(), caller.id(), "assistant",
				reply.text(), reply.model(), reply.inputTokens(), reply.outputTokens()));
		return java.util.Objects.requireNonNull(message);
	}

	List<Message> history(Caller caller, UUID id) {
		this.reads.readable(caller, id);
		return this.jdbc.query("SELECT id, role, content, model, created_at FROM planning_chat_messages"
				+ " WHERE analysis_id = ? ORDER BY created_at, id", (row, n) -> message(row), id);
	}

	void forget(UUID analysis) {
		this.jdbc.update("DELETE FROM planning_chat_messages WHERE analysis_id = ?", analysis);
	}

	/**
	 * The analysis (its ready tabs, cut to half the budget) and the newest messages that
	 * fit the rest, oldest first; the conversation starts with the user's turn.
	 */
	AiRequest request(Analysis analysis) {
		int budget = this.properties.chatContextTokens() * CHARS_PER_TOKEN;
		ObjectNode content = this.json.createObjectNode();
		for (TabRows.Row tab : this.tabs.current(List.of(analysis.id()))) {
			if (tab.content() != null) {
				content.set(tab.tab().value(), this.json.readTree(tab.content()));
			}
		}
		String system = this.prompts.chatSystem(analysis, content);
		if (system.length() > budget / 2) {
			system = this.prompts.chatSystem(analysis, this.json.createObjectNode());
		}
		int left = budget - system.length();
		List<Message> all = this.jdbc
			.query("SELECT id, role, content, model, created_at FROM planning_chat_messages WHERE analysis_id = ?"
					+ " ORDER BY created_at DESC, id DESC", (row, n) -> message(row), analysis.id());
		List<AiMessage> recent = new ArrayList<>();
		for (Message message : all) {
			if (message.content().length() > left && !recent.isEmpty()) {
				break;
			}
			left -= message.content().length();
			recent.add(message.role().equals("user") ? AiMessage.user(message.content())
					: AiMessage.assistant(message.content()));
		}
		Collections.reverse(recent);
		while (!recent.isEmpty() && !recent.getFirst().fromUser()) {
			recent.removeFirst();
		}
		return new AiRequest("planning.chat", system, recent, null, 1024);
	}

	static ApiException problem(AiException ex) {
		return switch (ex.kind()) {
			case UNAVAILABLE -> new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "AI_UNAVAILABLE",
					"The AI features are switched off on this server");
			case TRANSIENT -> new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "AI_BUSY",
					"The model provider is busy or unreachable; try again in a minute");
			case REFUSED ->
				new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "AI_REFUSED", "The model declined to answer that");
			default -> new ApiException(HttpStatus.BAD_GATEWAY, "AI_FAILED", "The model provider refused the request");
		};
	}

	private Message store(UUID analysis, UUID user, String role, String content, @Nullable String model, long in,
			long out) {
		UUID id = Ids.newId();
		Instant now = this.clock.instant();
		this.jdbc.update(
				"INSERT INTO planning_chat_messages (id, analysis_id, user_id, role, content, model, input_tokens,"
						+ " output_tokens, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
				id, analysis, user, role, content, model, in, out, Timestamp.from(now));
		return new Message(id, role, content, model, now);
	}

	private static Message message(java.sql.ResultSet row) throws java.sql.SQLException {
		return new Message(row.getObject(1, UUID.class), row.getString(2), row.getString(3), row.getString(4),
				row.getTimestamp(5).toInstant());
	}

}
