package io.hearth.planning;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The liveness of the tabs this instance is writing: one statement every
 * {@code heartbeatEvery} for all of them. When the instance dies the beats stop, and
 * {@link TabWatchdog} queues its tabs again.
 */
@Component
class TabHeartbeat implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(TabHeartbeat.class);

	private final Set<UUID> running = ConcurrentHashMap.newKeySet();

	private final TabRows tabs;

	private final Clock clock;

	private final ScheduledExecutorService timer = Executors
		.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("planning-heartbeat").daemon().factory());

	TabHeartbeat(TabRows tabs, Clock clock, PlanningProperties properties) {
		this.tabs = tabs;
		this.clock = clock;
		long every = properties.heartbeatEvery().toMillis();
		this.timer.scheduleWithFixedDelay(this::beat, every, every, TimeUnit.MILLISECONDS);
	}

	void started(UUID tab) {
		this.running.add(tab);
	}

	void stopped(UUID tab) {
		this.running.remove(tab);
	}

	private void beat() {
		List<UUID> ids = List.copyOf(this.running);
		if (ids.isEmpty()) {
			return;
		}
		try {
			this.tabs.beat(ids, this.clock.instant());
		}
		catch (RuntimeException ex) {
			log.warn("Tab heartbeat failed: {}", ex.toString());
		}
	}

	@Override
	public void destroy() {
		this.timer.shutdownNow();
	}

}
