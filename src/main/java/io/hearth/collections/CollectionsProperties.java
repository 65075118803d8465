package io.hearth.collections;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of an import over HTTP ({@code HEARTH_IMPORT_MAX_SIZE},
 * {@code HEARTH_IMPORT_MAX_CATEGORIES}, {@code HEARTH_IMPORT_MAX_ITEMS}); the command
 * line imports without them.
 *
 * @param importMaxSize largest JSON document (413 above it)
 * @param importMaxCategories most categories in one import (422 above it)
 * @param importMaxItems most items in one import (422 above it)
 */
@ConfigurationProperties("hearth.collections")
record CollectionsProperties(@DefaultValue("50MB") DataSize importMaxSize,
		@DefaultValue("1000") int importMaxCategories, @DefaultValue("100000") long importMaxItems) {

	CollectionImport.ImportLimits importLimits() {
		return new CollectionImport.ImportLimits(this.importMaxSize.toBytes(), this.importMaxCategories,
				this.importMaxItems);
	}

}
