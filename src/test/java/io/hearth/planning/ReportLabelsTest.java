package io.hearth.planning;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A report's layout words follow the report's language: an Arabic report's headings and
 * labels are Arabic in the Markdown, the print page and a tab on the web page, and an
 * English one keeps the names made from the schema's properties.
 */
class ReportLabelsTest {

	private final JsonMapper json = JsonMapper.builder().build();

	private final AnalysisExport export = new AnalysisExport(this.json);

	@Test
	void anArabicReportIsLaidOutWithArabicHeadingsAndLabels() {
		PlanningViews.AnalysisView arabic = analysis("ar");

		assertThat(this.export.markdown(arabic)).contains("## الاستراتيجية")
			.contains("**المخاطر**")
			.contains("الحد من الخطر: ")
			.contains("- القطاع: ")
			.doesNotContain("Risks")
			.doesNotContain("Industry");
		assertThat(this.export.html(arabic)).contains("<h2>الاستراتيجية</h2>").contains("كُتبت دون الوصول");
		assertThat(this.export.section(content(), "ar")).contains("المخاطر").doesNotContain("Risks");
	}

	@Test
	void anEnglishReportAndAnUnknownKeyUseThePropertyNames() {
		assertThat(this.export.markdown(analysis("en"))).contains("## Strategy")
			.contains("**Risks**")
			.contains("Mitigation: ")
			.contains("- Industry: ");
		assertThat(ReportLabels.of("ar").get("brand_new_field")).isEqualTo("Brand new field");
		assertThat(ReportLabels.of("../etc").get("risks")).isEqualTo("Risks");
	}

	@Test
	void everyTabAndEveryPropertyOfEverySchemaHasItsArabicLabel() throws Exception {
		java.util.Properties arabic = new java.util.Properties();
		try (var in = getClass().getResourceAsStream("/planning/labels/ar.properties")) {
			arabic.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
		}
		java.util.Set<String> keys = new java.util.TreeSet<>();
		for (Tab tab : Tab.values()) {
			keys.add(tab.value());
			try (var in = getClass().getResourceAsStream("/planning/schemas/" + tab.value() + ".v1.json")) {
				properties(this.json.readTree(in), keys);
			}
		}

		assertThat(keys).hasSizeGreaterThan(50);
		assertThat(keys).allSatisfy((key) -> assertThat(arabic.getProperty(key)).as(key).isNotBlank());
	}

	private static void properties(JsonNode node, java.util.Set<String> keys) {
		if (node.isObject()) {
			node.path("properties").properties().forEach((property) -> keys.add(property.getKey()));
			node.forEach((child) -> properties(child, keys));
		}
		else if (node.isArray()) {
			node.forEach((child) -> properties(child, keys));
		}
	}

	private JsonNode content() {
		return this.json.readTree("{\"risks\": [{\"risk\": \"Few customers\", \"mitigation\": \"Pilot first\"}]}");
	}

	private PlanningViews.AnalysisView analysis(String language) {
		Instant now = Instant.parse("2026-12-02T10:00:00Z");
		PlanningViews.TabView tab = new PlanningViews.TabView("strategy", 1, "ready", content(), 1, "demo", 0, 0, null,
				null, null, now);
		return new PlanningViews.AnalysisView(UUID.randomUUID(), "Bikes", "A mobile bike repair van", "Transport",
				"Offices", "DE", null, null, language, language.equals("ar") ? "rtl" : "ltr", "premium", "ready", 10,
				List.of(tab), now, now);
	}

}
