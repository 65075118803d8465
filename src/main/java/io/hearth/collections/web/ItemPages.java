package io.hearth.collections.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.hearth.collections.CategoryBook;
import io.hearth.collections.CollectionViews;
import io.hearth.collections.FieldDefinition;
import io.hearth.collections.ItemCatalog;
import io.hearth.collections.ItemFilters;
import io.hearth.collections.ItemFinder;
import io.hearth.identity.Caller;
import io.hearth.platform.ApiException;
import io.hearth.platform.ETags;
import io.hearth.platform.IfMatch;
import io.hearth.platform.PageForms;
import io.hearth.platform.PageQuery;
import io.hearth.platform.SearchedPage;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.data.domain.Page;
import io.hearth.platform.PageController;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Your items in the browser: the gallery with search as you type, an item with its photos
 * and links, and the form generated from its category's fields. Every read and write is
 * the API's own use case ({@link ItemFinder}, {@link ItemCatalog}); a refused form is
 * shown again with the messages next to its fields.
 */
@PageController
@RequestMapping("/collections")
class ItemPages {

	static final List<String> SORTS = List.of("relevance", "-created_at", "created_at", "name", "-name", "-updated_at");

	private final ItemFinder finder;

	private final ItemCatalog catalog;

	private final CategoryBook categories;

	private final JsonMapper json;

	ItemPages(ItemFinder finder, ItemCatalog catalog, CategoryBook categories, JsonMapper json) {
		this.finder = finder;
		this.catalog = catalog;
		this.categories = categories;
		this.json = json;
	}

	@GetMapping
	String gallery(Caller caller, @RequestParam(defaultValue = "") String q,
			@RequestParam(name = "category_id", required = false) @Nullable UUID categoryId,
			@RequestParam(required = false) @Nullable String sort, @RequestParam(defaultValue = "1") int page,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
			@RequestHeader(name = "HX-History-Restore-Request", required = false) @Nullable String restore,
			HttpServletResponse response, Model model) {
		// one address, two answers: caches must keep them apart
		response.setHeader("Vary", "HX-Request");
		MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
		if (!q.isBlank()) {
			params.add("q", q);
		}
		if (categoryId != null) {
			params.add("category_id", categoryId.toString());
		}
		String order = (sort == null || sort.isBlank() || !SORTS.contains(sort)) ? null : sort;
		if (order != null && order.equals("relevance") && q.isBlank()) {
			order = null;
		}
		SearchedPage<CollectionViews.ItemView> found;
		try {
			found = this.finder.list(caller, ItemFilters.parse(params),
					new PageQuery(Math.max(1, Math.min(page, PageQuery.MAX_PAGE)), 24, null), order);
		}
		catch (ApiException refused) {
			if (!PageForms.aboutInput(refused)) {
				throw refused;
			}
			model.addAttribute("errors", PageForms.errors(refused));
			found = new SearchedPage<>(Page.empty(), false, List.of());
		}
		model.addAttribute("q", q);
		model.addAttribute("categoryId", categoryId);
		model.addAttribute("sort", (order != null) ? order : "");
		model.addAttribute("sorts", SORTS);
		model.addAttribute("found", found);
		model.addAttribute("page", found.page());
		// a history restore wants the whole page back
		if (htmx != null && restore == null) {
			return "collections/items :: results";
		}
		model.addAttribute("categories", allCategories(caller));
		return "collections/items";
	}

	@GetMapping("/items/{id}")
	String item(Caller caller, @PathVariable UUID id, Model model) {
		CollectionViews.ItemView item = this.finder.get(caller, id);
		model.addAttribute("item", item);
		model.addAttribute("choices", choices(this.categories.get(caller, item.categoryId())));
		return "collections/item";
	}

	/** A choice field's labels by value, to show the label of what was chosen. */
	static Map<String, Map<String, String>> choices(CollectionViews.CategoryView category) {
		Map<String, Map<String, String>> choices = new java.util.HashMap<>();
		for (FieldDefinition field : category.fields()) {
			if (field.options() != null) {
				Map<String, String> labels = new java.util.HashMap<>();
				field.options().forEach((option) -> labels.put(option.value(), option.label()));
				choices.put(field.key(), labels);
			}
		}
		return choices;
	}

	@GetMapping("/items/new")
	String newItem(Caller caller, @RequestParam(name = "category_id", required = false) @Nullable UUID categoryId,
			Model model) {
		List<CollectionViews.CategoryView> all = allCategories(caller);
		if (all.isEmpty()) {
			return "redirect:/collections/categories/new?first=true";
		}
		CollectionViews.CategoryView category = (categoryId != null) ? this.categories.get(caller, categoryId)
				: all.get(0);
		model.addAttribute("categories", all);
		model.addAttribute("category", category);
		model.addAttribute("form", ItemForm.empty(category));
		return "collections/item-form";
	}

	@PostMapping("/items")
	String create(Caller caller, @RequestParam MultiValueMap<String, String> params,
			@RequestParam(name = "photos", required = false) @Nullable List<MultipartFile> photos, Model model,
			RedirectAttributes redirect) throws IOException {
		UUID categoryId = uuid(params.getFirst("category_id"));
		CollectionViews.CategoryView category = (categoryId != null) ? this.categories.get(caller, categoryId) : null;
		try {
			CollectionViews.ItemView created = this.catalog.create(caller, body(category, params), uploads(photos));
			redirect.addFlashAttribute("created", true);
			return "redirect:/collections/items/" + created.id();
		}
		catch (ApiException refused) {
			if (!PageForms.aboutInput(refused) || category == null) {
				throw refused;
			}
			model.addAttribute("categories", allCategories(caller));
			model.addAttribute("category", category);
			model.addAttribute("form", ItemForm.of(category, params));
			model.addAttribute("errors", PageForms.errors(refused));
			return "collections/item-form";
		}
	}

	@GetMapping("/items/{id}/edit")
	String edit(Caller caller, @PathVariable UUID id, Model model) {
		CollectionViews.ItemView item = this.finder.get(caller, id);
		CollectionViews.CategoryView category = this.categories.get(caller, item.categoryId());
		model.addAttribute("item", item);
		model.addAttribute("category", category);
		model.addAttribute("form", ItemForm.of(item));
		return "collections/item-form";
	}

	@PostMapping("/items/{id}")
	String update(Caller caller, @PathVariable UUID id, @RequestParam MultiValueMap<String, String> params,
			Model model) {
		CollectionViews.ItemView item = this.finder.get(caller, id);
		CollectionViews.CategoryView category = this.categories.get(caller, item.categoryId());
		params.set("category_id", item.categoryId().toString());
		try {
			this.catalog.update(caller, id, body(category, params), false, ifMatch(params));
			return "redirect:/collections/items/" + id;
		}
		catch (ApiException refused) {
			if (!PageForms.aboutInput(refused)) {
				throw refused;
			}
			model.addAttribute("item", item);
			model.addAttribute("category", category);
			model.addAttribute("form", ItemForm.of(category, params));
			model.addAttribute("errors", PageForms.errors(refused));
			return "collections/item-form";
		}
	}

	@PostMapping("/items/{id}/delete")
	String delete(Caller caller, @PathVariable UUID id, @RequestParam MultiValueMap<String, String> params) {
		this.catalog.delete(caller, id, ifMatch(params));
		return "redirect:/collections";
	}

	@PostMapping("/items/{id}/photos")
	String addPhotos(Caller caller, @PathVariable UUID id,
			@RequestParam(name = "photos", required = false) @Nullable List<MultipartFile> photos,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model)
			throws IOException {
		try {
			this.catalog.addPhotos(caller, id, uploads(photos));
		}
		catch (ApiException refused) {
			if (!PageForms.aboutInput(refused)) {
				throw refused;
			}
			model.addAttribute("photoErrors", PageForms.errors(refused));
		}
		if (htmx != null) {
			model.addAttribute("item", this.finder.get(caller, id));
			return "collections/item :: photos";
		}
		return "redirect:/collections/items/" + id;
	}

	@GetMapping("/items/{id}/photos")
	String photos(Caller caller, @PathVariable UUID id, Model model) {
		model.addAttribute("item", this.finder.get(caller, id));
		return "collections/item :: photos";
	}

	@PostMapping("/items/{id}/photos/{photoId}/primary")
	String primary(Caller caller, @PathVariable UUID id, @PathVariable UUID photoId) {
		this.catalog.setPrimary(caller, id, photoId, true);
		return "redirect:/collections/items/" + id;
	}

	@PostMapping("/items/{id}/photos/{photoId}/delete")
	String deletePhoto(Caller caller, @PathVariable UUID id, @PathVariable UUID photoId) {
		this.catalog.removePhoto(caller, id, photoId);
		return "redirect:/collections/items/" + id;
	}

	@PostMapping("/items/{id}/links")
	String addLink(Caller caller, @PathVariable UUID id, @RequestParam(defaultValue = "") String url,
			@RequestParam(required = false) @Nullable String label, Model model) {
		try {
			this.catalog.addUrl(caller, id, url.strip(), (label == null || label.isBlank()) ? null : label.strip());
		}
		catch (ApiException refused) {
			if (!PageForms.aboutInput(refused)) {
				throw refused;
			}
			CollectionViews.ItemView item = this.finder.get(caller, id);
			model.addAttribute("item", item);
			model.addAttribute("choices", choices(this.categories.get(caller, item.categoryId())));
			model.addAttribute("linkErrors", PageForms.errors(refused));
			model.addAttribute("url", url);
			model.addAttribute("label", label);
			return "collections/item";
		}
		return "redirect:/collections/items/" + id;
	}

	@PostMapping("/items/{id}/links/{linkId}/delete")
	String deleteLink(Caller caller, @PathVariable UUID id, @PathVariable UUID linkId) {
		this.catalog.removeUrl(caller, id, linkId);
		return "redirect:/collections/items/" + id;
	}

	private List<CollectionViews.CategoryView> allCategories(Caller caller) {
		return this.categories.list(caller, null, new PageQuery(1, PageQuery.MAX_PER_PAGE, null), "name").getContent();
	}

	/**
	 * The item as the API's JSON body: each field's input by its type, an empty input
	 * left out (the use case says whether it is required).
	 */
	private ObjectNode body(CollectionViews.@Nullable CategoryView category, MultiValueMap<String, String> params) {
		ObjectNode body = this.json.createObjectNode();
		body.put("name", params.getFirst("name"));
		String description = params.getFirst("description");
		if (description != null && !description.isBlank()) {
			body.put("description", description);
		}
		body.put("category_id", params.getFirst("category_id"));
		ObjectNode values = body.putObject("values");
		if (category != null) {
			for (FieldDefinition field : category.fields()) {
				String input = params.getFirst("values." + field.key());
				if (field.type() == FieldDefinition.Type.BOOLEAN) {
					values.put(field.key(), input != null);
					continue;
				}
				if (input == null || input.isBlank()) {
					continue;
				}
				if (field.type() == FieldDefinition.Type.NUMBER) {
					try {
						values.put(field.key(), new BigDecimal(input.strip()));
					}
					catch (NumberFormatException ex) {
						values.put(field.key(), input);
					}
				}
				else {
					values.put(field.key(), input);
				}
			}
		}
		return body;
	}

	private static IfMatch ifMatch(MultiValueMap<String, String> params) {
		String version = params.getFirst("version");
		if (version == null || !version.matches("\\d{1,18}")) {
			return IfMatch.NONE;
		}
		return new IfMatch(ETags.of(Long.parseLong(version)));
	}

	private static List<ItemCatalog.Upload> uploads(@Nullable List<MultipartFile> photos) {
		List<ItemCatalog.Upload> uploads = new ArrayList<>();
		if (photos == null) {
			return uploads;
		}
		for (MultipartFile photo : photos) {
			if (!photo.isEmpty()) {
				uploads.add(new ItemCatalog.Upload("photos[" + uploads.size() + "]", photo::getInputStream));
			}
		}
		return uploads;
	}

	private static @Nullable UUID uuid(@Nullable String value) {
		try {
			return (value != null) ? UUID.fromString(value) : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/** What the item form shows: the values as typed, by field key. */
	record ItemForm(String name, String description, Map<String, String> values, @Nullable Long version) {

		static ItemForm empty(CollectionViews.CategoryView category) {
			return new ItemForm("", "", Map.of(), null);
		}

		static ItemForm of(CollectionViews.CategoryView category, MultiValueMap<String, String> params) {
			Map<String, String> values = new java.util.HashMap<>();
			category.fields().forEach((field) -> {
				String input = params.getFirst("values." + field.key());
				if (input != null) {
					values.put(field.key(), input);
				}
			});
			String version = params.getFirst("version");
			return new ItemForm(nonNull(params.getFirst("name")), nonNull(params.getFirst("description")), values,
					(version != null && version.matches("\\d{1,18}")) ? Long.parseLong(version) : null);
		}

		static ItemForm of(CollectionViews.ItemView item) {
			Map<String, String> values = new java.util.HashMap<>();
			item.values().forEach((key, value) -> values.put(key, String.valueOf(value)));
			return new ItemForm(item.name(), nonNull(item.description()), values, item.version());
		}

		private static String nonNull(@Nullable String value) {
			return (value != null) ? value : "";
		}

	}

}
