package io.hearth.planning;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import io.hearth.ai.AiException;
import io.hearth.ai.AiModel;
import io.hearth.ai.AiReply;
import io.hearth.ai.TextSink;
import io.hearth.jobs.JobHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes one tab: claims it, asks the model with no transaction open (a reply takes
 * seconds), streams the text into the progress log as it comes, and stores the reply if
 * the claim still holds. A finished tab is never written again by a retry; a busy
 * provider puts the tab back in the queue and lets the job retry with backoff; a reply
 * that does not fit, a refusal or a rejected request fails the tab at once.
 */
@Component
class TabGeneration implements JobHandler<TabGeneration.Payload> {

	static final String KIND = "planning.tab";

	private static final Logger log = LoggerFactory.getLogger(TabGeneration.class);

	/** Text is told in pieces of about this many characters, or this often. */
	private static final int FLUSH_CHARS = 800;

	private static final long FLUSH_NANOS = 300_000_000L;

	private final TabRows tabs;

	private final Analyses analyses;

	private final AnalysisProgress settle;

	private final ProgressLog progress;

	private final TabHeartbeat heartbeat;

	private final TabPrompts prompts;

	private final AiModel ai;

	private final TransactionTemplate transactions;

	private final JsonMapper json;

	private final Clock clock;

	private final PlanningProperties properties;

	TabGeneration(TabRows tabs, Analyses analyses, AnalysisProgress settle, ProgressLog progress,
			TabHeartbeat heartbeat, TabPrompts prompts, AiModel ai, TransactionTemplate transactions, JsonMapper json,
			Clock clock, PlanningProperties properties) {
		this.tabs = tabs;
		this.analyses = analyses;
		this.settle = settle;
		this.progress = progress;
		this.heartbeat = heartbeat;
		this.prompts = prompts;
		this.ai = ai;
		this.transactions = transactions;
		this.json = json;
		this.clock = clock;
		this.properties = properties;
	}

	/**
	 * @param tab the tab revision's id
	 */
	record Payload(UUID tab) {
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public Class<Payload> payloadType() {
		return Payload.class;
	}

	@Override
	public void handle(Payload payload) {
		Optional<TabRows.Row> found = this.tabs.find(payload.tab());
		if (found.isEmpty() || found.get().settled()) {
			return;
		}
		TabRows.Row row = found.get();
		Optional<Analysis> analysis = this.analyses.findById(row.analysis());
		if (analysis.isEmpty()) {
			return;
		}
		Instant now = this.clock.instant();
		Integer attempt = this.transactions.execute((status) -> {
			Optional<Integer> claimed = this.tabs.claim(row.id(), now, now.minus(this.properties.staleAfter()));
			claimed.ifPresent(
					(a) -> this.settle.tabChanged(row.analysis(), row.tab(), row.revision(), TabRows.GENERATING));
			return claimed.orElse(null);
		});
		if (attempt == null) {
			// settled meanwhile, or another worker holds a live claim
			return;
		}
		this.heartbeat.started(row.id());
		try {
			TextStream text = new TextStream(row);
			AiReply reply = this.ai.json(this.prompts.forTab(analysis.get(), row.tab(), row.feedback()), text);
			text.flush();
			String content = this.json.writeValueAsString(reply.json());
			this.transactions.executeWithoutResult((status) -> {
				if (this.tabs.finish(row.id(), attempt, content, reply, this.clock.instant())) {
					this.settle.tabChanged(row.analysis(), row.tab(), row.revision(), TabRows.READY);
				}
			});
		}
		catch (AiException ex) {
			if (ex.retryable()) {
				requeue(row, attempt);
				throw ex;
			}
			log.info("Planning tab {} of {} failed: {}", row.tab().value(), row.analysis(), ex.getMessage());
			this.transactions.executeWithoutResult((status) -> {
				if (this.tabs.fail(row.id(), attempt, failure(ex), this.clock.instant())) {
					this.settle.tabChanged(row.analysis(), row.tab(), row.revision(), TabRows.FAILED);
				}
			});
		}
		catch (RuntimeException ex) {
			requeue(row, attempt);
			throw ex;
		}
		finally {
			this.heartbeat.stopped(row.id());
		}
	}

	@Override
	public void gaveUp(Payload payload) {
		this.tabs.find(payload.tab()).ifPresent((row) -> this.transactions.executeWithoutResult((status) -> {
			if (this.tabs.fail(row.id(), null, "The model provider stayed unavailable; regenerate the tab to try again",
					this.clock.instant())) {
				this.settle.tabChanged(row.analysis(), row.tab(), row.revision(), TabRows.FAILED);
			}
		}));
	}

	private void requeue(TabRows.Row row, int attempt) {
		this.transactions.executeWithoutResult((status) -> {
			if (this.tabs.requeue(row.id(), attempt, this.clock.instant())) {
				this.settle.tabChanged(row.analysis(), row.tab(), row.revision(), TabRows.QUEUED);
			}
		});
	}

	private static String failure(AiException ex) {
		return switch (ex.kind()) {
			case INVALID -> "The model's reply did not fit the tab's format twice";
			case REFUSED -> "The model declined to write this tab";
			case UNAVAILABLE -> "No AI provider is configured";
			default -> "The model provider refused the request";
		};
	}

	static String statusData(Tab tab, int revision, String status) {
		return "{\"tab\":\"" + tab.value() + "\",\"revision\":" + revision + ",\"status\":\"" + status + "\"}";
	}

	/**
	 * The reply's text into the progress log, in pieces, each in its own short
	 * transaction.
	 */
	private final class TextStream implements TextSink {

		private final TabRows.Row row;

		private final StringBuilder pending = new StringBuilder();

		private long lastFlush = System.nanoTime();

		TextStream(TabRows.Row row) {
			this.row = row;
		}

		@Override
		public void accept(String piece) {
			this.pending.append(piece);
			if (this.pending.length() >= FLUSH_CHARS || System.nanoTime() - this.lastFlush >= FLUSH_NANOS) {
				flush();
			}
		}

		void flush() {
			if (this.pending.isEmpty()) {
				return;
			}
			ObjectNode data = TabGeneration.this.json.createObjectNode();
			data.put("tab", this.row.tab().value());
			data.put("revision", this.row.revision());
			data.put("text", this.pending.toString());
			String written = TabGeneration.this.json.writeValueAsString(data);
			this.pending.setLength(0);
			this.lastFlush = System.nanoTime();
			TabGeneration.this.transactions.executeWithoutResult((status) -> TabGeneration.this.progress
				.append(this.row.analysis(), ProgressLog.TEXT, this.row.tab(), written));
		}

	}

}
