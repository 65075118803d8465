package io.hearth.collections.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import io.hearth.collections.CategoryBook;
import io.hearth.collections.CollectionTransfer;
import io.hearth.identity.Caller;
import io.hearth.platform.ApiException;
import io.hearth.platform.PageController;
import io.hearth.platform.PageForms;
import io.hearth.platform.PageQuery;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ContentDisposition;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Export (the whole collection as JSON, a category as CSV) and import of a JSON export.
 */
@PageController
@RequestMapping("/collections/transfer")
class TransferPages {

	private final CollectionTransfer transfer;

	private final CategoryBook categories;

	TransferPages(CollectionTransfer transfer, CategoryBook categories) {
		this.transfer = transfer;
		this.categories = categories;
	}

	@GetMapping
	String page(Caller caller, Model model) {
		model.addAttribute("categories",
				this.categories.list(caller, null, new PageQuery(1, PageQuery.MAX_PER_PAGE, null), "name")
					.getContent());
		return "collections/transfer";
	}

	@GetMapping("/export")
	void export(Caller caller, @RequestParam(name = "category_id", required = false) @Nullable UUID categoryId,
			HttpServletResponse response) throws IOException {
		if (categoryId == null) {
			response.setContentType("application/json");
			response.setHeader("Content-Disposition",
					ContentDisposition.attachment().filename("collection.json").build().toString());
			this.transfer.exportJson(caller, response.getOutputStream());
			return;
		}
		this.categories.get(caller, categoryId);
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition",
				ContentDisposition.attachment().filename("category.csv").build().toString());
		OutputStreamWriter out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		this.transfer.exportCsv(caller, categoryId, out);
		out.flush();
	}

	@PostMapping("/import")
	String importJson(Caller caller, @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
			Model model) throws IOException {
		try {
			if (file == null || file.isEmpty()) {
				throw ApiException.invalid("file", "is required: a JSON export of a collection");
			}
			model.addAttribute("imported", this.transfer.importJson(caller, file.getInputStream(), file.getSize()));
		}
		catch (ApiException refused) {
			if (!PageForms.aboutInput(refused) && refused.status().value() != 413) {
				throw refused;
			}
			model.addAttribute("errors", PageForms.errors(refused));
		}
		return page(caller, model);
	}

}
