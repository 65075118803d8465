package io.hearth.collections;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import io.hearth.platform.InputBounds;
import org.jspecify.annotations.Nullable;

/**
 * One specification field of a category. {@code max_length} applies to text; {@code min},
 * {@code max}, {@code step} to numbers; {@code options} to selects.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FieldDefinition(String key, String label, Type type, @Nullable Boolean required,
		@Nullable String placeholder, @Nullable Integer displayOrder, @Nullable Integer maxLength,
		@Nullable BigDecimal min, @Nullable BigDecimal max, @Nullable BigDecimal step, @Nullable List<Option> options) {

	static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]{0,63}");

	public enum Type {

		TEXT, NUMBER, SELECT, BOOLEAN, DATE, URL;

		@JsonValue
		public String value() {
			return name().toLowerCase(Locale.ROOT);
		}

		@JsonCreator
		static Type of(String value) {
			return valueOf(value.toUpperCase(Locale.ROOT));
		}

	}

	public record Option(String value, String label) {
	}

	public boolean isRequired() {
		return Boolean.TRUE.equals(this.required);
	}

	int order() {
		return (this.displayOrder != null) ? this.displayOrder : 0;
	}

	/**
	 * With defaults written out: {@code required} false, {@code display_order} the
	 * position.
	 */
	FieldDefinition normalized(int position) {
		return new FieldDefinition(this.key, this.label.strip(), this.type, isRequired(), this.placeholder,
				(this.displayOrder != null) ? this.displayOrder : position, this.maxLength, this.min, this.max,
				this.step, this.options);
	}

	int textLimit() {
		return (this.maxLength != null) ? this.maxLength : 1000;
	}

	/** Every problem of a list of definitions, keyed {@code fields[i].name}. */
	static Map<String, List<String>> problems(@Nullable List<FieldDefinition> fields) {
		Map<String, List<String>> errors = new LinkedHashMap<>();
		if (fields == null) {
			return errors;
		}
		if (fields.size() > 100) {
			add(errors, "fields", "must have at most 100 entries");
		}
		Set<String> keys = new HashSet<>();
		for (int i = 0; i < fields.size(); i++) {
			FieldDefinition f = fields.get(i);
			String at = "fields[" + i + "].";
			if (f == null) {
				add(errors, "fields[" + i + "]", "must be an object");
				continue;
			}
			if (f.key() == null || !KEY.matcher(f.key()).matches()) {
				add(errors, at + "key", "must match [a-z][a-z0-9_]{0,63}");
			}
			else if (!keys.add(f.key())) {
				add(errors, at + "key", "is used twice");
			}
			if (f.label() == null || f.label().isBlank() || f.label().length() > 100) {
				add(errors, at + "label", "is required, at most 100 characters");
			}
			if (f.type() == null) {
				add(errors, at + "type", "is required: text, number, select, boolean, date or url");
				continue;
			}
			if (f.maxLength() != null && (f.type() != Type.TEXT || f.maxLength() < 1 || f.maxLength() > 5000)) {
				add(errors, at + "max_length", "applies to text fields, from 1 to 5000");
			}
			boolean numeric = f.min() != null || f.max() != null || f.step() != null;
			if (numeric && f.type() != Type.NUMBER) {
				add(errors, at + "type", "min, max and step apply to number fields only");
			}
			boolean bounded = true;
			for (var limit : Map
				.of("min", java.util.Optional.ofNullable(f.min()), "max", java.util.Optional.ofNullable(f.max()),
						"step", java.util.Optional.ofNullable(f.step()))
				.entrySet()) {
				if (limit.getValue().isPresent() && !InputBounds.fits(limit.getValue().get())) {
					add(errors, at + limit.getKey(), InputBounds.NUMBER_RULE);
					bounded = false;
				}
			}
			if (!bounded) {
				continue;
			}
			if (f.min() != null && f.max() != null && f.min().compareTo(f.max()) > 0) {
				add(errors, at + "max", "must not be below min");
			}
			if (f.step() != null && f.step().signum() <= 0) {
				add(errors, at + "step", "must be positive");
			}
			if (f.type() == Type.SELECT) {
				if (f.options() == null || f.options().isEmpty()) {
					add(errors, at + "options", "a select needs at least one option");
				}
				else {
					Set<String> values = new HashSet<>();
					for (Option option : f.options()) {
						if (option == null || option.value() == null || option.value().isBlank()
								|| !values.add(option.value())) {
							add(errors, at + "options", "values must be present and unique");
							break;
						}
					}
				}
			}
			else if (f.options() != null) {
				add(errors, at + "options", "apply to select fields only");
			}
		}
		return errors;
	}

	private static void add(Map<String, List<String>> errors, String field, String message) {
		errors.computeIfAbsent(field, (k) -> new ArrayList<>()).add(message);
	}

}
