package io.hearth.edge;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

import static org.assertj.core.api.Assertions.assertThat;

class FlatRequestLookupTest {

	@Test
	void theLookupsRequestAnswersTheMethodAndPathReadOnceAndWritesThroughToTheRealOne() {
		MockHttpServletRequest real = new MockHttpServletRequest("GET", "/api/v1/club/events/a-night");
		ServletRequestPathUtils.parseAndCache(real);
		FlatRequestLookup.Flat flat = new FlatRequestLookup.Flat(real);

		real.setMethod("POST");
		assertThat(flat.getMethod()).isEqualTo("GET");
		assertThat(flat.getAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE))
			.isSameAs(real.getAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE));
		flat.setAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, Map.of("slug", "a-night"));
		assertThat(real.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE))
			.isEqualTo(Map.of("slug", "a-night"));
	}

}
