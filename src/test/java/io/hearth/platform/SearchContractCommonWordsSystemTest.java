package io.hearth.platform;

import org.springframework.test.context.TestPropertySource;

/**
 * The same contract when every token counts as common, so the postings adapter takes its
 * other plan (every token a key probe while the rows are walked newest first); PostgreSQL
 * has one plan, and runs the contract twice.
 */
@TestPropertySource(properties = "hearth.search.common-postings=1")
class SearchContractCommonWordsSystemTest extends SearchContractSystemTest {

}
