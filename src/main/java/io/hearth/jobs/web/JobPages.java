package io.hearth.jobs.web;

import io.hearth.jobs.JobStatus;
import io.hearth.platform.PageController;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The admin's view of the background jobs: queued, running, failing, given up. */
@PageController
class JobPages {

	private final JobStatus status;

	JobPages(JobStatus status) {
		this.status = status;
	}

	@GetMapping("/admin/jobs")
	@PreAuthorize("hasRole('ADMIN')")
	String jobs(Model model) {
		model.addAttribute("summary", this.status.summary());
		return "admin/jobs";
	}

}
