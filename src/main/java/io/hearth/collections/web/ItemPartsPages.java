package io.hearth.collections.web;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

import io.hearth.collections.CategoryBook;
import io.hearth.collections.CollectionViews;
import io.hearth.collections.ItemCatalog;
import io.hearth.collections.ItemFinder;
import io.hearth.identity.Caller;
import io.hearth.platform.ApiException;
import io.hearth.platform.PageController;
import io.hearth.platform.PageForms;
import org.jspecify.annotations.Nullable;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * An item's photos and links on its page: added by the picker or by drag and drop (htmx
 * swaps the photo list in place), made primary, removed. The same use cases as the API's
 * ({@link ItemCatalog}).
 */
@PageController
@RequestMapping("/collections/items/{id}")
class ItemPartsPages {

	private final ItemFinder finder;

	private final ItemCatalog catalog;

	private final CategoryBook categories;

	ItemPartsPages(ItemFinder finder, ItemCatalog catalog, CategoryBook categories) {
		this.finder = finder;
		this.catalog = catalog;
		this.categories = categories;
	}

	@PostMapping("/photos")
	String addPhotos(Caller caller, @PathVariable UUID id,
			@RequestParam(name = "photos", required = false) @Nullable List<MultipartFile> photos,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model)
			throws IOException {
		try {
			this.catalog.addPhotos(caller, id, ItemPages.uploads(photos));
		}
		catch (ApiException refused) {
			model.addAttribute("photoErrors", PageForms.shownOnForm(refused));
		}
		if (htmx != null) {
			model.addAttribute("item", this.finder.get(caller, id));
			return "collections/item :: photos";
		}
		return "redirect:/collections/items/" + id;
	}

	@GetMapping("/photos")
	String photos(Caller caller, @PathVariable UUID id, Model model) {
		model.addAttribute("item", this.finder.get(caller, id));
		return "collections/item :: photos";
	}

	@PostMapping("/photos/{photoId}/primary")
	String primary(Caller caller, @PathVariable UUID id, @PathVariable UUID photoId) {
		this.catalog.setPrimary(caller, id, photoId, true);
		return "redirect:/collections/items/" + id;
	}

	@PostMapping("/photos/{photoId}/delete")
	String deletePhoto(Caller caller, @PathVariable UUID id, @PathVariable UUID photoId) {
		this.catalog.removePhoto(caller, id, photoId);
		return "redirect:/collections/items/" + id;
	}

	@PostMapping("/links")
	String addLink(Caller caller, @PathVariable UUID id, @RequestParam(defaultValue = "") String url,
			@RequestParam(required = false) @Nullable String label, Model model) {
		try {
			this.catalog.addUrl(caller, id, url.strip(), (label == null || label.isBlank()) ? null : label.strip());
		}
		catch (ApiException refused) {
			model.addAttribute("linkErrors", PageForms.shownOnForm(refused));
			CollectionViews.ItemView item = this.finder.get(caller, id);
			model.addAttribute("item", item);
			model.addAttribute("choices", ItemPages.choices(this.categories.get(caller, item.categoryId())));
			model.addAttribute("url", url);
			model.addAttribute("label", label);
			return "collections/item";
		}
		return "redirect:/collections/items/" + id;
	}

	@PostMapping("/links/{linkId}/delete")
	String deleteLink(Caller caller, @PathVariable UUID id, @PathVariable UUID linkId) {
		this.catalog.removeUrl(caller, id, linkId);
		return "redirect:/collections/items/" + id;
	}

}
