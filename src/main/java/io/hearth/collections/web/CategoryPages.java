package io.hearth.collections.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import io.hearth.collections.CategoryBook;
import io.hearth.collections.CategoryRequest;
import io.hearth.collections.CollectionViews;
import io.hearth.collections.FieldDefinition;
import io.hearth.identity.Caller;
import io.hearth.platform.ApiException;
import io.hearth.platform.ETags;
import io.hearth.platform.IfMatch;
import io.hearth.platform.PageForms;
import io.hearth.platform.PageQuery;
import org.jspecify.annotations.Nullable;

import io.hearth.platform.PageController;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Categories and their field editor: fields are added (one more row, by htmx or the "add
 * a field" button), removed (a checkbox) and reordered (their position), then saved as a
 * whole through {@link CategoryBook}, which checks them as the API does.
 */
@PageController
@RequestMapping("/collections/categories")
class CategoryPages {

	/** The most field rows one form posts; the use case allows 100 fields. */
	static final int MAX_ROWS = 100;

	private final CategoryBook categories;

	CategoryPages(CategoryBook categories) {
		this.categories = categories;
	}

	@GetMapping
	String list(Caller caller, Model model) {
		model.addAttribute("categories",
				this.categories.list(caller, null, new PageQuery(1, PageQuery.MAX_PER_PAGE, null), "name")
					.getContent());
		return "collections/categories";
	}

	@GetMapping("/new")
	String newCategory(@RequestParam(defaultValue = "false") boolean first, Model model) {
		model.addAttribute("first", first);
		model.addAttribute("form", new CategoryForm("", "", List.of(FieldRow.blank()), null));
		return "collections/category-form";
	}

	@GetMapping("/{id}/edit")
	String edit(Caller caller, @PathVariable UUID id, Model model) {
		CollectionViews.CategoryView category = this.categories.get(caller, id);
		model.addAttribute("category", category);
		model.addAttribute("form", CategoryForm.of(category));
		return "collections/category-form";
	}

	/** One more, empty field row for the editor (htmx appends it). */
	@GetMapping("/field-row")
	String fieldRow(@RequestParam(name = "next_row", defaultValue = "0") int index, Model model) {
		model.addAttribute("row", FieldRow.blank());
		model.addAttribute("i", Math.max(0, Math.min(index, MAX_ROWS - 1)));
		return "collections/category-row :: added";
	}

	@PostMapping
	String create(Caller caller, @RequestParam MultiValueMap<String, String> params, Model model) {
		CategoryForm form = CategoryForm.of(params);
		if (params.containsKey("add_field")) {
			return again(form.withBlankRow(), null, null, model);
		}
		try {
			this.categories.create(caller, form.request(List.of()));
			return "redirect:/collections/categories";
		}
		catch (ApiException refused) {
			return refused(refused, form, null, model);
		}
	}

	@PostMapping("/{id}")
	String update(Caller caller, @PathVariable UUID id, @RequestParam MultiValueMap<String, String> params,
			Model model) {
		CollectionViews.CategoryView category = this.categories.get(caller, id);
		CategoryForm form = CategoryForm.of(params);
		if (params.containsKey("add_field")) {
			return again(form.withBlankRow(), category, null, model);
		}
		try {
			this.categories.update(caller, id, form.request(category.fields()), false, ifMatch(form.version()));
			return "redirect:/collections/categories";
		}
		catch (ApiException refused) {
			return refused(refused, form, category, model);
		}
	}

	@PostMapping("/{id}/delete")
	String delete(Caller caller, @PathVariable UUID id, @RequestParam(required = false) @Nullable String version) {
		this.categories.delete(caller, id, ifMatch(parse(version)));
		return "redirect:/collections/categories";
	}

	private String refused(ApiException refused, CategoryForm form, CollectionViews.@Nullable CategoryView category,
			Model model) {
		return again(form, category, PageForms.shownOnForm(refused), model);
	}

	private String again(CategoryForm form, CollectionViews.@Nullable CategoryView category,
			java.util.@Nullable Map<String, List<String>> errors, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("category", category);
		model.addAttribute("errors", errors);
		return "collections/category-form";
	}

	private static IfMatch ifMatch(@Nullable Long version) {
		return (version != null) ? new IfMatch(ETags.of(version)) : IfMatch.NONE;
	}

	static @Nullable Long parse(@Nullable String number) {
		return (number != null && number.matches("\\d{1,18}")) ? Long.parseLong(number) : null;
	}

	/**
	 * The category form as posted: its rows in their chosen order, removed ones left out.
	 */
	record CategoryForm(String name, String description, List<FieldRow> rows, @Nullable Long version) {

		static CategoryForm of(CollectionViews.CategoryView category) {
			List<FieldRow> rows = new ArrayList<>();
			category.fields().forEach((field) -> rows.add(FieldRow.of(field)));
			return new CategoryForm(category.name(), (category.description() != null) ? category.description() : "",
					rows, category.version());
		}

		static CategoryForm of(MultiValueMap<String, String> params) {
			List<FieldRow> rows = new ArrayList<>();
			for (int i = 0; i < MAX_ROWS; i++) {
				String at = "fields[" + i + "].";
				if (!params.containsKey(at + "key") && !params.containsKey(at + "label")) {
					continue;
				}
				if (params.containsKey(at + "remove")) {
					continue;
				}
				rows.add(new FieldRow(text(params, at + "key"), text(params, at + "label"),
						text(params, at + "type").isEmpty() ? "text" : text(params, at + "type"),
						params.containsKey(at + "required"), text(params, at + "options"),
						parse(text(params, at + "position"))));
			}
			List<FieldRow> ordered = new ArrayList<>(rows);
			ordered.sort(
					Comparator.comparing((FieldRow row) -> (row.position() != null) ? row.position() : Long.MAX_VALUE));
			return new CategoryForm(text(params, "name"), text(params, "description"), ordered,
					parse(params.getFirst("version")));
		}

		CategoryForm withBlankRow() {
			List<FieldRow> more = new ArrayList<>(this.rows);
			more.add(FieldRow.blank());
			return new CategoryForm(this.name, this.description, more, this.version);
		}

		/**
		 * The category as the API takes it. What the editor does not show (placeholder,
		 * length and number bounds, step) is kept from the field of the same key.
		 */
		CategoryRequest request(List<FieldDefinition> existing) {
			java.util.Map<String, FieldDefinition> byKey = new java.util.HashMap<>();
			existing.forEach((field) -> byKey.put(field.key(), field));
			List<FieldDefinition> fields = new ArrayList<>();
			for (int i = 0; i < this.rows.size(); i++) {
				FieldRow row = this.rows.get(i);
				if (row.key().isBlank() && row.label().isBlank()) {
					continue;
				}
				fields.add(row.definition(i, byKey.get(row.key())));
			}
			return new CategoryRequest(this.name, this.description.isBlank() ? null : this.description, fields);
		}

		private static String text(MultiValueMap<String, String> params, String name) {
			String value = params.getFirst(name);
			return (value != null) ? value.strip() : "";
		}

	}

	/**
	 * One field row: options one per line, {@code value: label} or just a label (then the
	 * value too).
	 */
	record FieldRow(String key, String label, String type, boolean required, String options, @Nullable Long position) {

		static FieldRow blank() {
			return new FieldRow("", "", "text", false, "", null);
		}

		static FieldRow of(FieldDefinition field) {
			StringBuilder options = new StringBuilder();
			if (field.options() != null) {
				field.options().forEach((o) -> options.append(o.value()).append(": ").append(o.label()).append('\n'));
			}
			return new FieldRow(field.key(), field.label(), field.type().value(), field.isRequired(),
					options.toString().strip(), null);
		}

		FieldDefinition definition(int order, @Nullable FieldDefinition before) {
			FieldDefinition.Type parsed;
			try {
				parsed = FieldDefinition.Type.valueOf(this.type.toUpperCase(java.util.Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				// the select offers only the types; anything else was not sent by this
				// page
				throw ApiException.invalid("fields[" + order + "].type",
						"must be one of " + java.util.Arrays.stream(FieldDefinition.Type.values())
							.map(FieldDefinition.Type::value)
							.toList());
			}
			List<FieldDefinition.Option> choices = null;
			if (parsed == FieldDefinition.Type.SELECT) {
				choices = new ArrayList<>();
				for (String line : this.options.split("\\R")) {
					if (line.isBlank()) {
						continue;
					}
					// "value: label"; a value may hold a colon, not a colon and a space
					int colon = line.indexOf(": ");
					String value = ((colon > 0) ? line.substring(0, colon) : line).strip();
					String label = ((colon > 0) ? line.substring(colon + 2) : line).strip();
					choices.add(new FieldDefinition.Option(value, label.isEmpty() ? value : label));
				}
			}
			boolean same = before != null && before.type() == parsed;
			return new FieldDefinition(this.key, this.label, parsed, this.required, same ? before.placeholder() : null,
					order, same ? before.maxLength() : null, same ? before.min() : null, same ? before.max() : null,
					same ? before.step() : null, choices);
		}

	}

}
