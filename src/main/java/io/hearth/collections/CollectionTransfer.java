package io.hearth.collections;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.util.UUID;

import io.hearth.identity.Caller;
import io.hearth.platform.ApiException;
import io.hearth.platform.ErrorCodes;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Export and import of one's own collection, for the pages: the API's use cases with the
 * same limits ({@link TransferController} is the API's door to them).
 */
@Service
public class CollectionTransfer {

	private final CollectionExport export;

	private final CollectionImport transferIn;

	private final CollectionImport.ImportLimits limits;

	CollectionTransfer(CollectionExport export, CollectionImport transferIn, CollectionsProperties properties) {
		this.export = export;
		this.transferIn = transferIn;
		this.limits = properties.importLimits();
	}

	/** What an import did, for the page that reports it. */
	public record Imported(int categoriesCreated, int categoriesUpdated, int itemsCreated, int itemsUpdated,
			int photosSkipped) {
	}

	public void exportJson(Caller caller, OutputStream out) throws IOException {
		this.export.exportJson(caller.id(), out, null);
	}

	public void exportCsv(Caller caller, UUID categoryId, Writer out) throws IOException {
		this.export.exportCsv(caller.id(), categoryId, out);
	}

	public Imported importJson(Caller caller, InputStream in, long size) throws IOException {
		if (size > this.limits.maxBytes()) {
			throw new ApiException(HttpStatus.CONTENT_TOO_LARGE, ErrorCodes.PAYLOAD_TOO_LARGE,
					"An import is at most " + this.limits.maxBytes() + " bytes");
		}
		CollectionImport.ImportResult result = this.transferIn.importJson(caller.id(), in, this.limits, null);
		return new Imported(result.categoriesCreated, result.categoriesUpdated, result.itemsCreated,
				result.itemsUpdated, result.photosSkipped);
	}

}
