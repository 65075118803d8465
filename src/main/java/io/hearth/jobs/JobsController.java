package io.hearth.jobs;

import io.hearth.platform.Envelope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Admin: jobs")
class JobsController {

	private final JobStatus status;

	JobsController(JobStatus status) {
		this.status = status;
	}

	@GetMapping("/api/v1/admin/jobs")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Queued, running, failing and given-up background jobs (admin)")
	Envelope<JobStatus.Summary> jobs() {
		return Envelope.of(this.status.summary());
	}

}
