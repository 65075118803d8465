package io.hearth.planning;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.hearth.identity.Caller;
import io.hearth.platform.ApiException;
import io.hearth.platform.Envelope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Share links and exports of an analysis, and the public read behind a link. */
@RestController
@RequestMapping("/api/v1/planning")
@Tag(name = "Planning sharing", description = "Public share links and exports (JSON, Markdown, print page, PDF)")
class PlanningSharingController {

	private final PlanningShares shares;

	private final AnalysisReads reads;

	private final AnalysisExport export;

	PlanningSharingController(PlanningShares shares, AnalysisReads reads, AnalysisExport export) {
		this.shares = shares;
		this.reads = reads;
		this.export = export;
	}

	@PostMapping("/analyses/{id}/shares")
	@Operation(summary = "Make a public, read-only link",
			description = "The token is in this answer only (it is stored hashed). Without expires_at the link lasts until revoked; at most a year ahead.")
	ResponseEntity<Envelope<PlanningShares.Share>> share(Caller caller, @PathVariable UUID id,
			@Valid @RequestBody(required = false) @Nullable ShareRequest body) {
		PlanningShares.Share share = this.shares.create(caller, id, (body != null) ? body.expiresAt() : null);
		return ResponseEntity.created(URI.create("/api/v1/planning/analyses/" + id + "/shares/" + share.id()))
			.body(Envelope.of(share));
	}

	@GetMapping("/analyses/{id}/shares")
	@Operation(summary = "The analysis' links, with their views")
	Envelope<List<PlanningShares.Share>> shares(Caller caller, @PathVariable UUID id) {
		return Envelope.of(this.shares.list(caller, id));
	}

	@DeleteMapping("/analyses/{id}/shares/{shareId}")
	@Operation(summary = "Revoke a link (again: no change)")
	ResponseEntity<Void> revoke(Caller caller, @PathVariable UUID id, @PathVariable UUID shareId) {
		this.shares.revoke(caller, id, shareId);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/shared/{token}")
	@Operation(summary = "A shared analysis, signed out",
			description = "Its idea and ready tabs; no owner, no chat. 404 for a token that is unknown, expired or revoked alike.")
	ResponseEntity<Envelope<PlanningViews.SharedView>> shared(@PathVariable String token) {
		PlanningViews.SharedView view = this.reads.shared(this.shares.open(token));
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noStore())
			.header("Referrer-Policy", "no-referrer")
			.body(Envelope.of(view));
	}

	@GetMapping(path = "/analyses/{id}/export",
			produces = { MediaType.APPLICATION_JSON_VALUE, "text/markdown", MediaType.TEXT_HTML_VALUE,
					MediaType.APPLICATION_PDF_VALUE, MediaType.ALL_VALUE })
	@Operation(summary = "Download the analysis",
			description = "json (the API's view), md, html (a print-styled page, right to left for Arabic) or pdf (made from that page).")
	ResponseEntity<byte[]> export(Caller caller, @PathVariable UUID id,
			@Parameter(schema = @Schema(allowableValues = { "json", "md", "html", "pdf" })) @RequestParam(
					defaultValue = "json") String format) {
		PlanningViews.AnalysisView analysis = this.reads.get(caller, id);
		String name = "analysis-" + id;
		return switch (format) {
			case "json" -> file(this.export.json(analysis), MediaType.APPLICATION_JSON, name + ".json", true);
			case "md" -> file(this.export.markdown(analysis).getBytes(StandardCharsets.UTF_8),
					new MediaType("text", "markdown", StandardCharsets.UTF_8), name + ".md", true);
			case "html" -> file(this.export.html(analysis).getBytes(StandardCharsets.UTF_8),
					new MediaType("text", "html", StandardCharsets.UTF_8), name + ".html", false);
			case "pdf" -> file(this.export.pdf(analysis), MediaType.APPLICATION_PDF, name + ".pdf", true);
			default -> throw ApiException.invalid("format", "must be json, md, html or pdf");
		};
	}

	static ResponseEntity<byte[]> file(byte[] body, MediaType type, String name, boolean attachment) {
		ContentDisposition disposition = (attachment ? ContentDisposition.attachment() : ContentDisposition.inline())
			.filename(name)
			.build();
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.cacheControl(CacheControl.noStore())
			.body(body);
	}

	/** When the link stops working; none: until revoked. */
	record ShareRequest(@Nullable Instant expiresAt) {
	}

}
