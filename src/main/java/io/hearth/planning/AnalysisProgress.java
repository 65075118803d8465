package io.hearth.planning;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * An analysis' status after one of its tabs changed, and what that means for its credits:
 * all current tabs ready captures a premium hold, none running with one failed releases
 * it (each once: {@link Credits}). Callers append the tab's progress first, which locks
 * the analysis row, so two tabs finishing at once settle one after the other and the
 * second sees the first.
 */
@Component
class AnalysisProgress {

	private final JdbcTemplate jdbc;

	private final TabRows tabs;

	private final ProgressLog progress;

	private final Credits credits;

	private final Clock clock;

	AnalysisProgress(JdbcTemplate jdbc, TabRows tabs, ProgressLog progress, Credits credits, Clock clock) {
		this.jdbc = jdbc;
		this.tabs = tabs;
		this.progress = progress;
		this.credits = credits;
		this.clock = clock;
	}

	/** One tab's new status, told and settled in the caller's transaction. */
	@Transactional(propagation = Propagation.MANDATORY)
	void tabChanged(UUID analysis, Tab tab, int revision, String status) {
		this.progress.append(analysis, ProgressLog.TAB, tab, TabGeneration.statusData(tab, revision, status));
		settle(analysis);
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void settle(UUID analysis) {
		List<String> statuses = this.jdbc.queryForList(
				"SELECT status FROM planning_tabs WHERE analysis_id = ? AND is_current = TRUE", String.class, analysis);
		if (statuses.isEmpty()) {
			return;
		}
		String status;
		if (statuses.stream().allMatch(TabRows.READY::equals)) {
			status = Analysis.Status.READY;
		}
		else if (statuses.stream().anyMatch((s) -> s.equals(TabRows.QUEUED) || s.equals(TabRows.GENERATING))) {
			status = Analysis.Status.GENERATING;
		}
		else {
			status = Analysis.Status.FAILED;
		}
		Instant now = this.clock.instant();
		int changed = this.jdbc.update(
				"UPDATE planning_analyses SET status = ?, updated_at = ? WHERE id = ? AND status <> ?", status,
				Timestamp.from(now), analysis, status);
		if (changed == 0) {
			return;
		}
		if (status.equals(Analysis.Status.READY)) {
			this.credits.capture(Analyses.reference(analysis));
		}
		else if (status.equals(Analysis.Status.FAILED)) {
			this.credits.release(Analyses.reference(analysis));
		}
		this.progress.append(analysis, ProgressLog.ANALYSIS, null, "{\"status\":\"" + status + "\"}");
	}

}
