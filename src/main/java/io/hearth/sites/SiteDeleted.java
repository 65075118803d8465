package io.hearth.sites;

import java.time.Instant;
import java.util.UUID;

/**
 * A site was deleted (only empty, or with {@code force=true}). Modules keeping rows in a
 * site remove them in their own listener.
 */
public record SiteDeleted(UUID siteId, Instant at) {
}
