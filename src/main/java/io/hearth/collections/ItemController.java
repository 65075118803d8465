package io.hearth.collections;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.hearth.identity.Caller;
import io.hearth.platform.IfMatch;
import io.hearth.platform.ApiException;
import io.hearth.platform.Envelope;
import io.hearth.platform.ErrorCodes;
import io.hearth.platform.PageQuery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/**
 * Your items, their links and photos: reads from {@link ItemFinder}, writes through
 * {@link ItemCatalog}.
 */
@RestController
@RequestMapping("/api/v1/collections")
@Tag(name = "Collections", description = "Your categories (with typed fields), items, links and photos")
class ItemController {

	private final ItemCatalog items;

	private final ItemFinder finder;

	private final JsonMapper json;

	ItemController(ItemCatalog items, ItemFinder finder, JsonMapper json) {
		this.items = items;
		this.finder = finder;
		this.json = json;
	}

	@GetMapping("/items")
	@Operation(summary = "Find items",
			description = "Filters combine: q, category_id, has_photos, field.<key>=value (exact), field.<key>.min/.max (numbers). Numbered pages (page, per_page, sort) or keyset pages (cursor, newest first).")
	@Parameter(name = "q", in = ParameterIn.QUERY, schema = @Schema(type = "string"),
			description = "Word-prefix search: every word must start a word of the name, the description, a text or URL value or a chosen option's label (\"usb b cable\" finds \"Cable USB type B\"; \"trans\" finds \"transistor\", \"sistor\" does not). Accents and case do not matter; one-letter words are ignored (one-digit words are not); at most 8 words (422). Without another sort, items whose name matches come first, newest first within each; numbered pages count exactly up to 1,000 (meta.pagination.total_relation gte above); a search that finds nothing lists up to 3 words of your collection one edit away in meta.suggestions.")
	@Parameter(name = "category_id", in = ParameterIn.QUERY, schema = @Schema(type = "string", format = "uuid"),
			description = "Items of this category")
	@Parameter(name = "has_photos", in = ParameterIn.QUERY, schema = @Schema(type = "boolean"),
			description = "Only items with (true) or without (false) photos")
	Envelope<List<CollectionViews.ItemView>> items(Caller caller, PageQuery paging,
			@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> params,
			@Parameter(
					description = "name, created_at, updated_at, '-' for descending; with q also relevance (the default with q; otherwise -created_at)") @RequestParam(
							required = false) @Nullable String sort) {
		ItemFilters filters = ItemFilters.parse(params);
		if (paging.keyset()) {
			if (sort != null && !sort.equals("-created_at")) {
				throw ApiException.invalid("sort", "cursor paging is newest first; use page for other orders");
			}
			return Envelope.cursor(this.finder.scroll(caller, filters, paging));
		}
		return Envelope.page(this.finder.list(caller, filters, paging, sort));
	}

	@GetMapping("/items/{id}")
	ResponseEntity<Envelope<CollectionViews.ItemView>> item(Caller caller, @PathVariable UUID id) {
		return ResponseEntity.ok(Envelope.of(this.finder.get(caller, id)));
	}

	@PostMapping(path = "/items", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Create an item (JSON)")
	ResponseEntity<Envelope<CollectionViews.ItemView>> createItem(Caller caller,
			@RequestBody(required = false) @io.swagger.v3.oas.annotations.parameters.RequestBody(
					content = @io.swagger.v3.oas.annotations.media.Content(
							schema = @io.swagger.v3.oas.annotations.media.Schema(
									implementation = ItemRequest.class))) @Nullable JsonNode body)
			throws IOException {
		return created(this.items.create(caller, body, List.of()));
	}

	@PostMapping(path = "/items", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Create an item with photos (multipart: a data JSON part, photos or photos[] files)")
	ResponseEntity<Envelope<CollectionViews.ItemView>> createItemWithPhotos(Caller caller,
			MultipartHttpServletRequest request) throws IOException {
		String data = request.getParameter("data");
		MultipartFile dataFile = request.getFile("data");
		if (data == null && dataFile != null) {
			data = new String(dataFile.getBytes(), java.nio.charset.StandardCharsets.UTF_8);
		}
		if (data == null) {
			throw ApiException.invalid("data", "is required: the item as JSON");
		}
		JsonNode body;
		try {
			body = this.json.readTree(data);
		}
		catch (JacksonException ex) {
			throw new ApiException(HttpStatus.BAD_REQUEST, ErrorCodes.MALFORMED_REQUEST,
					"The data part is not valid JSON");
		}
		return created(this.items.create(caller, body, uploads(request)));
	}

	@PutMapping("/items/{id}")
	@Operation(summary = "Replace an item's name, description, category and values")
	ResponseEntity<Envelope<CollectionViews.ItemView>> replaceItem(Caller caller, @PathVariable UUID id,
			@RequestBody(required = false) @io.swagger.v3.oas.annotations.parameters.RequestBody(
					content = @io.swagger.v3.oas.annotations.media.Content(
							schema = @io.swagger.v3.oas.annotations.media.Schema(
									implementation = ItemRequest.class))) @Nullable JsonNode body,
			IfMatch ifMatch) {
		return ResponseEntity.ok(Envelope.of(this.items.update(caller, id, body, false, ifMatch)));
	}

	@PatchMapping("/items/{id}")
	@Operation(summary = "Change an item by JSON Merge Patch",
			description = "RFC 7386: named fields replace, null clears, values merge key by key; the result is validated as a whole.")
	ResponseEntity<Envelope<CollectionViews.ItemView>> patchItem(Caller caller, @PathVariable UUID id,
			@RequestBody(required = false) @io.swagger.v3.oas.annotations.parameters.RequestBody(
					content = {
							@io.swagger.v3.oas.annotations.media.Content(mediaType = "application/merge-patch+json",
									schema = @io.swagger.v3.oas.annotations.media.Schema(
											implementation = ItemRequest.class)),
							@io.swagger.v3.oas.annotations.media.Content(mediaType = "application/json",
									schema = @io.swagger.v3.oas.annotations.media.Schema(
											implementation = ItemRequest.class)) }) @Nullable JsonNode body,
			IfMatch ifMatch) {
		return ResponseEntity.ok(Envelope.of(this.items.update(caller, id, body, true, ifMatch)));
	}

	@DeleteMapping("/items/{id}")
	@Operation(summary = "Delete an item and its stored files")
	ResponseEntity<Void> deleteItem(Caller caller, @PathVariable UUID id, IfMatch ifMatch) {
		this.items.delete(caller, id, ifMatch);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/items/{id}/urls")
	ResponseEntity<Envelope<CollectionViews.LinkView>> addUrl(Caller caller, @PathVariable UUID id,
			@Valid @RequestBody ItemRequest.Link body) {
		CollectionViews.LinkView link = this.items.addUrl(caller, id, body.url(), body.label());
		return ResponseEntity.created(URI.create("/api/v1/collections/items/" + id + "/urls/" + link.id()))
			.body(Envelope.of(link));
	}

	@DeleteMapping("/items/{id}/urls/{urlId}")
	ResponseEntity<Void> removeUrl(Caller caller, @PathVariable UUID id, @PathVariable UUID urlId) {
		this.items.removeUrl(caller, id, urlId);
		return ResponseEntity.noContent().build();
	}

	@PostMapping(path = "/items/{id}/photos", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Add photos (multipart photos or photos[]); variants are made in the background")
	ResponseEntity<Envelope<List<CollectionViews.PhotoView>>> addPhotos(Caller caller, @PathVariable UUID id,
			MultipartHttpServletRequest request) throws IOException {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(Envelope.of(this.items.addPhotos(caller, id, uploads(request))));
	}

	@PatchMapping("/items/{id}/photos/{photoId}")
	Envelope<CollectionViews.PhotoView> patchPhoto(Caller caller, @PathVariable UUID id, @PathVariable UUID photoId,
			@Valid @RequestBody PhotoRequest body) {
		return Envelope.of(this.items.setPrimary(caller, id, photoId, body.isPrimary()));
	}

	@PostMapping("/items/{id}/photos/{photoId}/retry")
	@Operation(summary = "Process a photo again whose status is failed",
			description = "409 NOT_FAILED when it is processing or ready; the status turns to processing, then ready or failed.")
	ResponseEntity<Envelope<CollectionViews.PhotoView>> retryPhoto(Caller caller, @PathVariable UUID id,
			@PathVariable UUID photoId) {
		return ResponseEntity.accepted().body(Envelope.of(this.items.retryPhoto(caller, id, photoId)));
	}

	@DeleteMapping("/items/{id}/photos/{photoId}")
	ResponseEntity<Void> deletePhoto(Caller caller, @PathVariable UUID id, @PathVariable UUID photoId) {
		this.items.removePhoto(caller, id, photoId);
		return ResponseEntity.noContent().build();
	}

	private static List<ItemCatalog.Upload> uploads(MultipartHttpServletRequest request) throws IOException {
		List<ItemCatalog.Upload> uploads = new ArrayList<>();
		for (Map.Entry<String, List<MultipartFile>> part : request.getMultiFileMap().entrySet()) {
			String name = part.getKey();
			if (name.equals("data")) {
				continue;
			}
			if (!name.equals("photos") && !name.equals("photos[]")) {
				throw ApiException.invalid(name, "is not a known part; send photos or photos[]");
			}
			for (int i = 0; i < part.getValue().size(); i++) {
				uploads.add(new ItemCatalog.Upload("photos[" + i + "]", part.getValue().get(i)::getInputStream));
			}
		}
		return uploads;
	}

	private static ResponseEntity<Envelope<CollectionViews.ItemView>> created(CollectionViews.ItemView item) {
		return ResponseEntity.created(URI.create("/api/v1/collections/items/" + item.id())).body(Envelope.of(item));
	}

	record PhotoRequest(@jakarta.validation.constraints.NotNull Boolean isPrimary) {
	}

}
