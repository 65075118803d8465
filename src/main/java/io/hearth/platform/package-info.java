/**
 * Shared kernel: the response envelope, the error model, paging/sorting/cursors, request
 * ids, concurrency tokens, ids, configuration guards and the HTTP security every module
 * stands on.
 */
@NullMarked
@ApplicationModule(displayName = "Platform", type = ApplicationModule.Type.OPEN)
package io.hearth.platform;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
