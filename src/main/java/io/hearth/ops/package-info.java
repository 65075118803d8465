/**
 * Operations: health endpoints, the command line, and the notice board that proves the
 * API conventions end to end.
 */
@NullMarked
@ApplicationModule(displayName = "Operations",
		allowedDependencies = { "platform", "identity", "collections", "jobs", "ai" })
package io.hearth.ops;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
