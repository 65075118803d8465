/**
 * Collectify: categories that define typed fields, items whose values are validated
 * against them, item links and photos, search over a large collection, and JSON/CSV
 * export and import. Every row belongs to its owner; another user's row is a 404 (admins
 * may read everything).
 */
@NullMarked
@ApplicationModule(displayName = "Collections", allowedDependencies = { "platform", "identity", "files" })
package io.hearth.collections;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
