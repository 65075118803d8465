package io.hearth.collections.web;

import java.io.IOException;
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
import io.hearth.platform.PageController;
import io.hearth.platform.PageForms;
import io.hearth.platform.PageQuery;
import io.hearth.platform.SearchedPage;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.domain.Page;
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
 * Your items in the browser: the gallery with search as you type, an item, and the form
 * generated from its category's fields (its photos and links: {@link ItemPartsPages}).
 * Every read and write is the API's own use case ({@link ItemFinder},
 * {@link ItemCatalog}); a refused form is shown again with the messages next to its
 * fields.
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
			found = this.finder.list(caller, ItemFilters.parse(params), PageForms.page(page, 24), order);
		}
		catch (ApiException refused) {
			model.addAttribute("errors", PageForms.shownOnForm(refused));
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
		model.addAttribute("form", ItemForm.empty());
		return "collections/item-form";
	}

	@PostMapping("/items")
	String create(Caller caller, @RequestParam MultiValueMap<String, String> params,
			@RequestParam(name = "photos", required = false) @Nullable List<MultipartFile> photos, Model model,
			RedirectAttributes redirect) throws IOException {
		UUID categoryId = uuid(params.getFirst("category_id"));
		CollectionViews.CategoryView category = (categoryId != null) ? this.categories.get(caller, categoryId) : null;
		try {
			CollectionViews.ItemView created = this.catalog.create(caller, ItemForm.body(this.json, category, params),
					uploads(photos));
			redirect.addFlashAttribute("created", true);
			return "redirect:/collections/items/" + created.id();
		}
		catch (ApiException refused) {
			if (category == null) {
				throw refused;
			}
			model.addAttribute("errors", PageForms.shownOnForm(refused));
			model.addAttribute("categories", allCategories(caller));
			model.addAttribute("category", category);
			model.addAttribute("form", ItemForm.of(category, params));
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
			this.catalog.update(caller, id, ItemForm.body(this.json, category, params), false,
					PageForms.ifMatch(params.getFirst("version")));
			return "redirect:/collections/items/" + id;
		}
		catch (ApiException refused) {
			model.addAttribute("errors", PageForms.shownOnForm(refused));
			model.addAttribute("item", item);
			model.addAttribute("category", category);
			model.addAttribute("form", ItemForm.of(category, params));
			return "collections/item-form";
		}
	}

	@PostMapping("/items/{id}/delete")
	String delete(Caller caller, @PathVariable UUID id, @RequestParam MultiValueMap<String, String> params) {
		this.catalog.delete(caller, id, PageForms.ifMatch(params.getFirst("version")));
		return "redirect:/collections";
	}

	private List<CollectionViews.CategoryView> allCategories(Caller caller) {
		return this.categories.list(caller, null, new PageQuery(1, PageQuery.MAX_PER_PAGE, null), "name").getContent();
	}

	static List<ItemCatalog.Upload> uploads(@Nullable List<MultipartFile> photos) {
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

}
