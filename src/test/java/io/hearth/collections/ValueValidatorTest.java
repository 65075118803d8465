package io.hearth.collections;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Item values against their category's fields, without Spring or a database. */
class ValueValidatorTest {

	private static final List<FieldDefinition> FIELDS = Category.mapper()
		.readValue("""
				[{"key": "code", "label": "Code", "type": "text", "required": true, "max_length": 5},
				 {"key": "weight", "label": "Weight", "type": "number", "min": 0, "max": 100, "step": 0.5},
				 {"key": "grade", "label": "Grade", "type": "select", "options": [{"value": "a", "label": "A"}]},
				 {"key": "mint", "label": "Mint", "type": "boolean"},
				 {"key": "bought", "label": "Bought", "type": "date"},
				 {"key": "shop", "label": "Shop", "type": "url"}]""",
				Category.mapper().getTypeFactory().constructCollectionType(List.class, FieldDefinition.class));

	@Test
	void shouldKeepValidValuesNormalised() {
		Map<String, List<String>> errors = new LinkedHashMap<>();
		Map<String, Object> clean = ValueValidator.validate(json("""
				{"code": "C1", "weight": 2.5, "grade": "a", "mint": true, "bought": "2024-02-29",
				 "shop": "https://example.com/x"}"""), FIELDS, errors);
		assertThat(errors).isEmpty();
		assertThat(clean).containsEntry("code", "C1").containsEntry("mint", true).containsEntry("grade", "a");
		assertThat((BigDecimal) clean.get("weight")).isEqualByComparingTo("2.5");
	}

	@Test
	void shouldReportEveryBrokenRuleKeyedByTheField() {
		Map<String, List<String>> errors = new LinkedHashMap<>();
		ValueValidator.validate(json("""
				{"code": "TOO-LONG", "weight": 2.25, "grade": "z", "mint": "yes", "bought": "2023-02-29",
				 "shop": "ftp://example.com", "colour": "red"}"""), FIELDS, errors);
		assertThat(errors).containsOnlyKeys("values.code", "values.weight", "values.grade", "values.mint",
				"values.bought", "values.shop", "values.colour");
	}

	@Test
	void shouldRequireRequiredFieldsAndTreatBlankTextAsMissing() {
		Map<String, List<String>> errors = new LinkedHashMap<>();
		Map<String, Object> clean = ValueValidator.validate(json("{\"code\": \"   \", \"weight\": null}"), FIELDS,
				errors);
		assertThat(errors).containsOnlyKeys("values.code");
		assertThat(clean).isEmpty();
	}

	@Test
	void shouldRefuseValuesThatAreNotAnObject() {
		Map<String, List<String>> errors = new LinkedHashMap<>();
		ValueValidator.validate(json("[1, 2]"), FIELDS, errors);
		assertThat(errors).containsOnlyKeys("values");
	}

	@Test
	void shouldAcceptOnlyAbsoluteHttpUrls() {
		assertThat(ValueValidator.isWebUrl("https://example.com/a?b=c")).isTrue();
		assertThat(ValueValidator.isWebUrl("http://example.com")).isTrue();
		assertThat(ValueValidator.isWebUrl("javascript:alert(1)")).isFalse();
		assertThat(ValueValidator.isWebUrl("//example.com")).isFalse();
		assertThat(ValueValidator.isWebUrl("https://" + "a".repeat(2050) + ".com")).isFalse();
	}

	private static JsonNode json(String text) {
		return Category.mapper().readTree(text);
	}

}
