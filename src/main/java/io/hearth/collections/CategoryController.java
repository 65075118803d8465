package io.hearth.collections;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.hearth.identity.Caller;
import io.hearth.platform.IfMatch;
import io.hearth.platform.Envelope;
import io.hearth.platform.PageQuery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
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

/** Your categories and their typed fields. */
@RestController
@RequestMapping("/api/v1/collections")
@Tag(name = "Collections", description = "Your categories (with typed fields), items, links and photos")
class CategoryController {

	private final CategoryBook categories;

	CategoryController(CategoryBook categories) {
		this.categories = categories;
	}

	@GetMapping("/categories")
	@Operation(summary = "List categories", description = "q matches the name; sort name or created_at.")
	Envelope<List<CollectionViews.CategoryView>> categories(Caller caller, PageQuery paging,
			@RequestParam(required = false) @Nullable String q, @RequestParam(required = false) @Nullable String sort) {
		return Envelope.page(this.categories.list(caller, q, paging, sort));
	}

	@GetMapping("/categories/{id}")
	ResponseEntity<Envelope<CollectionViews.CategoryView>> category(Caller caller, @PathVariable UUID id) {
		return ResponseEntity.ok(Envelope.of(this.categories.get(caller, id)));
	}

	@PostMapping("/categories")
	@Operation(summary = "Create a category with its fields")
	ResponseEntity<Envelope<CollectionViews.CategoryView>> createCategory(Caller caller,
			@Valid @RequestBody CategoryRequest body) {
		CollectionViews.CategoryView created = this.categories.create(caller, body);
		return ResponseEntity.created(URI.create("/api/v1/collections/categories/" + created.id()))
			.body(Envelope.of(created));
	}

	@PutMapping("/categories/{id}")
	@Operation(summary = "Replace a category (fields included)")
	ResponseEntity<Envelope<CollectionViews.CategoryView>> replaceCategory(Caller caller, @PathVariable UUID id,
			@Valid @RequestBody CategoryRequest body, IfMatch ifMatch) {
		return ResponseEntity.ok(Envelope.of(this.categories.update(caller, id, body, false, ifMatch)));
	}

	@PatchMapping("/categories/{id}")
	@Operation(summary = "Change a category's name, description or fields")
	ResponseEntity<Envelope<CollectionViews.CategoryView>> patchCategory(Caller caller, @PathVariable UUID id,
			@Valid @RequestBody CategoryRequest body, IfMatch ifMatch) {
		return ResponseEntity.ok(Envelope.of(this.categories.update(caller, id, body, true, ifMatch)));
	}

	@DeleteMapping("/categories/{id}")
	@Operation(summary = "Delete an empty category (409 CATEGORY_NOT_EMPTY otherwise)")
	ResponseEntity<Void> deleteCategory(Caller caller, @PathVariable UUID id, IfMatch ifMatch) {
		this.categories.delete(caller, id, ifMatch);
		return ResponseEntity.noContent().build();
	}

}
