/**
 * Stored files: uploads identified by their content (never their name), kept under
 * generated names behind a small storage port, image variants (oriented, metadata
 * stripped, scaled) made by a background job, and served to their owner or through
 * short-lived signed URLs.
 */
@NullMarked
@ApplicationModule(displayName = "Files", allowedDependencies = { "platform", "identity", "jobs" })
package io.hearth.files;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
