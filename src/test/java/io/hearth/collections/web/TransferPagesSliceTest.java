package io.hearth.collections.web;

import java.util.UUID;

import io.hearth.collections.CategoryBook;
import io.hearth.collections.CollectionTransfer;
import io.hearth.identity.Caller;
import io.hearth.sites.SiteAccess;
import io.hearth.support.ControllerSliceTest;
import io.hearth.support.PageUsers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The export and import page alone: an import without a file is refused at the file
 * field, one with a file reports what it did, and the export is a download.
 */
@ControllerSliceTest(TransferPages.class)
class TransferPagesSliceTest {

	private static final UUID OWNER = UUID.randomUUID();

	@Autowired
	MockMvc mvc;

	@MockitoBean
	CollectionTransfer transfer;

	@MockitoBean
	CategoryBook categories;

	@MockitoBean
	SiteAccess sites;

	@Test
	void anImportWithoutAFileIsRefusedAtItsFieldAndOneWithAFileSaysWhatItDid() throws Exception {
		given(this.categories.list(any(Caller.class), any(), any(), any())).willReturn(Page.empty());
		String refused = this.mvc
			.perform(multipart("/collections/transfer/import").with(PageUsers.signedIn(OWNER)).with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("id=\"file-error\"", "is required");
		given(this.transfer.importJson(any(Caller.class), any(), anyLong()))
			.willReturn(new CollectionTransfer.Imported(1, 0, 12, 0, 3));
		String done = this.mvc
			.perform(multipart("/collections/transfer/import")
				.file(new MockMultipartFile("file", "c.json", "application/json", "{}".getBytes()))
				.with(PageUsers.signedIn(OWNER))
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(done).contains("12").doesNotContain("id=\"file-error\"");
	}

	@Test
	void theExportIsADownload() throws Exception {
		this.mvc.perform(get("/collections/transfer/export").with(PageUsers.signedIn(OWNER)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", "attachment; filename=\"collection.json\""));
	}

}
