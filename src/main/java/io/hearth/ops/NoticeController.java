package io.hearth.ops;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.hearth.platform.IfMatch;
import io.hearth.platform.Envelope;
import io.hearth.platform.PageQuery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/notices")
@Tag(name = "Notices", description = "Public announcements; admins write them")
class NoticeController {

	private final NoticeBoard board;

	NoticeController(NoticeBoard board) {
		this.board = board;
	}

	@GetMapping
	@Operation(summary = "List notices",
			description = "Numbered pages (page, per_page, sort) or, with cursor (empty for the first page), newest-first keyset pages.")
	Envelope<List<NoticeView>> list(PageQuery paging, @Parameter(
			description = "Comma-separated keys, '-' for descending: created_at, title, pinned, updated_at") @RequestParam(
					required = false) @Nullable String sort) {
		if (paging.keyset()) {
			if (sort != null) {
				throw io.hearth.platform.ApiException.invalid("sort", "cannot be combined with cursor");
			}
			return Envelope.cursor(this.board.scroll(paging));
		}
		return Envelope.page(this.board.list(paging, sort));
	}

	@GetMapping("/{id}")
	@Operation(summary = "Get a notice")
	ResponseEntity<Envelope<NoticeView>> get(@PathVariable UUID id) {
		return withETag(ResponseEntity.ok(), this.board.get(id));
	}

	@PostMapping
	@Operation(summary = "Post a notice (admin)")
	ResponseEntity<Envelope<NoticeView>> post(@Valid @RequestBody NoticeRequest request) {
		NoticeView created = this.board.post(request);
		return withETag(ResponseEntity.created(URI.create("/api/v1/notices/" + created.id())), created);
	}

	@PutMapping("/{id}")
	@Operation(summary = "Replace a notice (admin)",
			description = "Send If-Match with the ETag you read; 412 when it changed since.")
	ResponseEntity<Envelope<NoticeView>> revise(@PathVariable UUID id, @Valid @RequestBody NoticeRequest request,
			IfMatch ifMatch) {
		return withETag(ResponseEntity.ok(), this.board.revise(id, request, ifMatch));
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Delete a notice (admin)")
	ResponseEntity<Void> remove(@PathVariable UUID id, IfMatch ifMatch) {
		this.board.remove(id, ifMatch);
		return ResponseEntity.noContent().build();
	}

	private static ResponseEntity<Envelope<NoticeView>> withETag(ResponseEntity.BodyBuilder response,
			NoticeView notice) {
		return response.body(Envelope.of(notice));
	}

}
