package io.hearth.jobs.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.hearth.jobs.JobStatus;
import io.hearth.sites.SiteAccess;
import io.hearth.support.ControllerSliceTest;
import io.hearth.support.PageUsers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The jobs page alone: what is queued or running, and what was given up with its error.
 */
@ControllerSliceTest(JobPages.class)
class JobPagesSliceTest {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	JobStatus status;

	@MockitoBean
	SiteAccess sites;

	@Test
	void theJobsPageShowsTheQueueAndWhatWasGivenUp() throws Exception {
		Instant at = Instant.parse("2026-12-01T10:00:00Z");
		given(this.status.summary()).willReturn(new JobStatus.Summary(true, 1, 0, 1,
				List.of(new JobStatus.Queued("j-1", "photo-variants", at, false, 2, at)),
				List.of(new JobStatus.Failed("j-0", "mail", 5, "SMTP refused the sender", at))));
		String page = this.mvc.perform(get("/admin/jobs").with(PageUsers.signedInAdmin(UUID.randomUUID())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("photo-variants", "SMTP refused the sender", "2026-12-01 10:00 UTC");
	}

}
