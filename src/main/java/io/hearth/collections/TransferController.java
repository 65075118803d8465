package io.hearth.collections;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import io.hearth.identity.Caller;
import io.hearth.platform.ApiException;
import io.hearth.platform.ErrorCodes;
import io.hearth.platform.Envelope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/collections")
@Tag(name = "Collections")
class TransferController {

	private final CollectionExport export;

	private final CollectionImport transferIn;

	private final CollectionImport.ImportLimits limits;

	TransferController(CollectionExport export, CollectionImport transferIn, CollectionsProperties properties) {
		this.export = export;
		this.transferIn = transferIn;
		this.limits = properties.importLimits();
	}

	@GetMapping("/export")
	@Operation(summary = "Your whole collection as streamed JSON, or one category as CSV (format=csv&category_id=)")
	void export(Caller caller, @RequestParam(defaultValue = "json") String format,
			@RequestParam(name = "category_id", required = false) @Nullable UUID categoryId,
			HttpServletResponse response) throws IOException {
		UUID owner = caller.id();
		switch (format) {
			case "json" -> {
				response.setContentType("application/json");
				response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"collection.json\"");
				this.export.exportJson(owner, response.getOutputStream(), null);
			}
			case "csv" -> {
				if (categoryId == null) {
					throw ApiException.invalid("category_id",
							"is required for CSV: one column per field of that category");
				}
				response.setContentType("text/csv;charset=UTF-8");
				response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"category.csv\"");
				Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
				this.export.exportCsv(owner, categoryId, out);
				out.flush();
			}
			default -> throw ApiException.invalid("format", "must be json or csv");
		}
	}

	@PostMapping("/import")
	@Operation(summary = "Import a JSON export (idempotent by id)",
			description = "Categories and items are created or updated by id; photo bytes are not part of an export and are skipped.")
	Envelope<CollectionImport.ImportResult> importJson(Caller caller, HttpServletRequest request) throws IOException {
		if (request.getContentLengthLong() > this.limits.maxBytes()) {
			throw new ApiException(HttpStatus.CONTENT_TOO_LARGE, ErrorCodes.PAYLOAD_TOO_LARGE,
					"An import is at most " + this.limits.maxBytes() + " bytes");
		}
		return Envelope.of(this.transferIn.importJson(caller.id(), request.getInputStream(), this.limits, null));
	}

}
