/**
 * Users, sessions, rotating refresh tokens, access-token issuing and per-request
 * revocation checks, passwords, roles, mail verification and reset, and the admin user
 * API.
 */
@NullMarked
@ApplicationModule(displayName = "Identity", allowedDependencies = { "platform", "jobs", "mail" })
package io.hearth.identity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
