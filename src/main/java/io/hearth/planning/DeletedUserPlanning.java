package io.hearth.planning;

import io.hearth.identity.UserDeleted;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** A deleted user's analyses, their search entries and their credits go with them. */
@Component
class DeletedUserPlanning {

	private final Analyses analyses;

	private final AnalysisWrites writes;

	private final PlanningSearch search;

	private final Credits credits;

	DeletedUserPlanning(Analyses analyses, AnalysisWrites writes, PlanningSearch search, Credits credits) {
		this.analyses = analyses;
		this.writes = writes;
		this.search = search;
		this.credits = credits;
	}

	@ApplicationModuleListener
	void on(UserDeleted event) {
		for (java.util.UUID id : this.analyses.idsOf(event.userId())) {
			this.analyses.findById(id).ifPresent(this.writes::forget);
		}
		this.search.removedOwner(event.userId());
		this.credits.forget(event.userId());
	}

}
