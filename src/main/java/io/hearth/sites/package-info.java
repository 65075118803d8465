/**
 * Sites (tenancy) and per-site roles: membership, the last-site_admin guard, each user's
 * default site and the active-site resolution every site-scoped module uses.
 */
@NullMarked
@ApplicationModule(displayName = "Sites", allowedDependencies = { "platform", "identity" })
package io.hearth.sites;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
