/**
 * The shared kernel, and only the API's vocabulary: the response envelope, problems and
 * error codes, paging, sorting and cursors, ids, ETags and If-Match, change counters,
 * input bounds and the text rule, typed bodies, the database settings and the production
 * guard, and the SPIs modules implement ({@link io.hearth.platform.HttpRules},
 * {@link io.hearth.platform.DemoSeeder}, {@link io.hearth.platform.ProductionCheck}).
 * Depends on no module; every module may use it. The HTTP machinery lives in
 * {@code edge}.
 */
@NullMarked
@ApplicationModule(displayName = "Platform", allowedDependencies = {})
package io.hearth.platform;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
