package io.hearth.interactions;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import io.hearth.audit.AuditTrail;
import io.hearth.platform.IfMatch;
import io.hearth.platform.ApiException;
import io.hearth.platform.Envelope;
import io.hearth.platform.PageQuery;
import io.hearth.sites.ActiveSite;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpHeaders;
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

@RestController
@RequestMapping("/api/v1/interactions")
@Tag(name = "Interactions",
		description = "The active site's interaction log (X-Site-Id, else your default or only site)")
class InteractionController {

	private final InteractionFinder finder;

	private final InteractionLog log;

	InteractionController(InteractionFinder finder, InteractionLog log) {
		this.finder = finder;
		this.log = log;
	}

	@GetMapping
	@Operation(summary = "Find interactions",
			description = "Filters combine; title, lead and location are case-insensitive substrings, q is word-prefix search (see q). Numbered pages with page/per_page/sort (exact totals up to 1,000 with q), or keyset pages (newest first) with cursor.")
	Envelope<List<InteractionView>> list(ActiveSite site, PageQuery paging, InteractionFilters filters, @Parameter(
			description = "title, type, lead, start_at, end_at, location, created_at, updated_at; '-' for descending; with q also relevance (the default with q; otherwise -created_at)") @RequestParam(
					required = false) @Nullable String sort) {
		if (paging.keyset()) {
			if (sort != null && !sort.equals("-created_at")) {
				throw ApiException.invalid("sort", "cursor paging is newest first; use page for other orders");
			}
			return Envelope.cursor(this.finder.scroll(site, filters, paging));
		}
		return Envelope.page(this.finder.list(site, filters, paging, sort));
	}

	@GetMapping("/types")
	@Operation(summary = "The interaction types")
	Envelope<List<String>> types(ActiveSite site) {
		return Envelope.of(InteractionType.labels());
	}

	@GetMapping("/export")
	@Operation(summary = "Every matching interaction as CSV, streamed",
			description = "Takes the same filters as the list.")
	void export(ActiveSite site, InteractionFilters filters, @RequestParam(defaultValue = "csv") String format,
			HttpServletResponse response) throws java.io.IOException {
		if (!"csv".equals(format)) {
			throw ApiException.invalid("format", "must be csv");
		}
		site.require(io.hearth.sites.SiteRole.VIEWER);
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"interactions.csv\"");
		Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		this.finder.export(site, filters, out);
		out.flush();
	}

	@GetMapping("/{id}")
	ResponseEntity<Envelope<InteractionView>> get(ActiveSite site, @PathVariable UUID id) {
		return ResponseEntity.ok(Envelope.of(this.finder.get(site, id)));
	}

	@GetMapping("/{id}/history")
	@Operation(summary = "Who changed what and when, oldest first")
	Envelope<List<AuditTrail.Entry>> history(ActiveSite site, @PathVariable UUID id) {
		return Envelope.of(this.finder.history(site, id));
	}

	@PostMapping
	@Operation(summary = "Log an interaction in the active site (editor)")
	ResponseEntity<Envelope<InteractionView>> create(ActiveSite site,
			@RequestBody(required = false) @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					schema = @Schema(implementation = InteractionRequest.class))) @Nullable JsonNode body) {
		InteractionView created = this.log.create(site, body);
		return ResponseEntity.created(URI.create("/api/v1/interactions/" + created.id())).body(Envelope.of(created));
	}

	@PatchMapping("/{id}")
	@Operation(summary = "Change some fields (editor); If-Match honoured",
			description = "A JSON Merge Patch (RFC 7386) of the interaction: named fields replace, null clears; the result is validated as a whole.")
	ResponseEntity<Envelope<InteractionView>> patch(ActiveSite site, @PathVariable UUID id,
			@RequestBody(required = false) @io.swagger.v3.oas.annotations.parameters.RequestBody(content = {
					@Content(mediaType = "application/merge-patch+json",
							schema = @Schema(implementation = InteractionRequest.class)),
					@Content(mediaType = "application/json",
							schema = @Schema(implementation = InteractionRequest.class)) }) @Nullable JsonNode body,
			IfMatch ifMatch) {
		return ResponseEntity.ok(Envelope.of(this.log.update(site, id, body, true, ifMatch)));
	}

	@PutMapping("/{id}")
	@Operation(summary = "Replace every field (editor); If-Match honoured")
	ResponseEntity<Envelope<InteractionView>> put(ActiveSite site, @PathVariable UUID id,
			@RequestBody(required = false) @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					schema = @Schema(implementation = InteractionRequest.class))) @Nullable JsonNode body,
			IfMatch ifMatch) {
		return ResponseEntity.ok(Envelope.of(this.log.update(site, id, body, false, ifMatch)));
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Delete an interaction (editor)")
	ResponseEntity<Void> delete(ActiveSite site, @PathVariable UUID id, IfMatch ifMatch) {
		this.log.delete(site, id, ifMatch);
		return ResponseEntity.noContent().build();
	}

}
