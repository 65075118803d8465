package io.hearth.planning;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import io.hearth.platform.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The analyses' Server-Sent Event streams, fed from the database so that a tab written on
 * another instance reaches a stream held here. One poller serves every open stream: each
 * tick reads the progress written since shortly before the last one (one query for all
 * analyses), and each stream sends its analysis' entries in sequence; a gap (an entry
 * committed late, or pruned) makes that stream read its analysis' entries directly. An
 * open stream holds no request thread.
 */
@Component
class ProgressStreams implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(ProgressStreams.class);

	/** How far before the last tick each tick reads again, for entries committed late. */
	private static final Duration OVERLAP = Duration.ofSeconds(2);

	private static final Duration HEARTBEAT = Duration.ofSeconds(15);

	private static final long STREAM_TIMEOUT_MS = Duration.ofMinutes(30).toMillis();

	private static final int BATCH = 5_000;

	private final ProgressLog progress;

	private final Clock clock;

	private final JsonMapper json;

	private final Map<UUID, Set<Stream>> streams = new ConcurrentHashMap<>();

	private final ScheduledExecutorService timer = Executors
		.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("planning-streams").daemon().factory());

	/** Streams held (or being opened): each keeps its connection's buffers, ~130 KB. */
	private final AtomicInteger held = new AtomicInteger();

	private final int maxStreams;

	private volatile Instant lastTick;

	private volatile Instant lastHeartbeat;

	ProgressStreams(ProgressLog progress, Clock clock, JsonMapper json, PlanningProperties properties) {
		this.progress = progress;
		this.clock = clock;
		this.json = json;
		this.maxStreams = properties.maxStreams();
		this.lastTick = clock.instant();
		this.lastHeartbeat = clock.instant();
		long every = properties.streamPollEvery().toMillis();
		this.timer.scheduleWithFixedDelay(this::tick, every, every, TimeUnit.MILLISECONDS);
	}

	/**
	 * Opens a stream: the analysis as it is now ({@code snapshot}, no id), the entries
	 * after {@code lastEventId} when resuming, then every new entry until the analysis
	 * has settled.
	 * @param current the analysis' progress number when {@code snapshot} was read
	 * @throws ApiException 503 {@code TOO_MANY_STREAMS} when this instance holds
	 * {@code hearth.planning.max-streams} already: open streams are what bounds the heap
	 */
	SseEmitter open(UUID analysis, Object snapshot, long current, @org.jspecify.annotations.Nullable Long lastEventId,
			boolean settled) {
		if (this.held.incrementAndGet() > this.maxStreams) {
			this.held.decrementAndGet();
			throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "TOO_MANY_STREAMS", "This server holds "
					+ this.maxStreams + " progress streams already; read the analysis, or try the stream again later");
		}
		boolean kept = false;
		try {
			SseEmitter emitter = new SseEmitter(STREAM_TIMEOUT_MS);
			long from = (lastEventId != null && lastEventId >= 0 && lastEventId <= current) ? lastEventId : current;
			Stream stream = new Stream(analysis, emitter, from);
			try {
				emitter.send(SseEmitter.event()
					.name("snapshot")
					.data(this.json.writeValueAsString(snapshot), MediaType.APPLICATION_JSON));
				stream.catchUp();
				if (stream.settled) {
					return emitter;
				}
				if (settled && stream.lastSeq >= current) {
					emitter.send(SseEmitter.event().name("done").data("{}", MediaType.APPLICATION_JSON));
					emitter.complete();
					return emitter;
				}
			}
			catch (IOException | IllegalStateException ex) {
				emitter.completeWithError(ex);
				return emitter;
			}
			this.streams.computeIfAbsent(analysis, (key) -> ConcurrentHashMap.newKeySet()).add(stream);
			kept = true;
			emitter.onCompletion(() -> remove(stream));
			emitter.onTimeout(() -> remove(stream));
			emitter.onError((ex) -> remove(stream));
			return emitter;
		}
		finally {
			if (!kept) {
				this.held.decrementAndGet();
			}
		}
	}

	/** Streams held on this instance. */
	int held() {
		return this.held.get();
	}

	/** Once per stream, however many of completion, timeout and error call it. */
	private void remove(Stream stream) {
		this.streams.computeIfPresent(stream.analysis, (key, set) -> {
			if (set.remove(stream)) {
				this.held.decrementAndGet();
			}
			return set.isEmpty() ? null : set;
		});
	}

	private void tick() {
		Instant now = this.clock.instant();
		try {
			if (this.streams.isEmpty()) {
				return;
			}
			Map<UUID, List<ProgressLog.Entry>> entries = this.progress.since(this.lastTick.minus(OVERLAP), BATCH)
				.stream()
				.filter((entry) -> this.streams.containsKey(entry.analysis()))
				.collect(Collectors.groupingBy(ProgressLog.Entry::analysis));
			for (Map.Entry<UUID, List<ProgressLog.Entry>> analysis : entries.entrySet()) {
				for (Stream stream : this.streams.getOrDefault(analysis.getKey(), Set.of())) {
					stream.send(analysis.getValue());
				}
			}
			if (Duration.between(this.lastHeartbeat, now).compareTo(HEARTBEAT) >= 0) {
				this.lastHeartbeat = now;
				this.streams.values().forEach((set) -> set.forEach(Stream::heartbeat));
			}
		}
		catch (RuntimeException ex) {
			log.warn("Planning streams tick failed: {}", ex.toString());
		}
		finally {
			this.lastTick = now;
		}
	}

	@Override
	public void destroy() {
		this.timer.shutdownNow();
		this.streams.values().forEach((set) -> set.forEach((stream) -> stream.emitter.complete()));
	}

	/** One open stream and the last entry it sent. */
	private final class Stream {

		private final UUID analysis;

		private final SseEmitter emitter;

		private volatile long lastSeq;

		private boolean settled;

		Stream(UUID analysis, SseEmitter emitter, long lastSeq) {
			this.analysis = analysis;
			this.emitter = emitter;
			this.lastSeq = lastSeq;
		}

		synchronized void send(List<ProgressLog.Entry> entries) {
			try {
				for (ProgressLog.Entry entry : entries) {
					if (entry.seq() <= this.lastSeq) {
						continue;
					}
					if (entry.seq() != this.lastSeq + 1) {
						catchUp();
						return;
					}
					emit(entry);
				}
				finishIfSettled();
			}
			catch (IOException | IllegalStateException ex) {
				this.emitter.completeWithError(ex);
			}
		}

		synchronized void catchUp() throws IOException {
			List<ProgressLog.Entry> missed;
			do {
				missed = ProgressStreams.this.progress.after(this.analysis, this.lastSeq, BATCH);
				for (ProgressLog.Entry entry : missed) {
					emit(entry);
				}
			}
			while (missed.size() == BATCH);
			finishIfSettled();
		}

		/**
		 * The last entry said the analysis is ready or failed: nothing more will come.
		 */
		private void finishIfSettled() throws IOException {
			if (this.settled) {
				this.emitter.send(SseEmitter.event().name("done").data("{}", MediaType.APPLICATION_JSON));
				this.emitter.complete();
			}
		}

		private void emit(ProgressLog.Entry entry) throws IOException {
			this.emitter.send(SseEmitter.event()
				.id(Long.toString(entry.seq()))
				.name(entry.kind())
				.data(entry.data(), MediaType.APPLICATION_JSON));
			this.lastSeq = entry.seq();
			this.settled = entry.kind().equals(ProgressLog.ANALYSIS) && !entry.data().contains("\"generating\"");
		}

		synchronized void heartbeat() {
			try {
				this.emitter.send(SseEmitter.event().comment("heartbeat"));
			}
			catch (IOException | IllegalStateException ex) {
				this.emitter.completeWithError(ex);
			}
		}

	}

}
