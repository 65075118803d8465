/**
 * The site-scoped interaction log (meetings, calls, emails...): validation, the finder,
 * CSV export and change history. Every query goes through
 * {@link io.hearth.interactions.ScopedInteractions}, which filters by the active site.
 */
@NullMarked
@ApplicationModule(displayName = "Interactions", allowedDependencies = { "platform", "identity", "sites", "audit" })
package io.hearth.interactions;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
