/**
 * Outgoing mail through one port: queued as a background job in the caller's transaction,
 * then delivered over SMTP in production or written as .eml files to an outbox folder in
 * development.
 */
@NullMarked
@ApplicationModule(displayName = "Mail", allowedDependencies = { "platform", "jobs" })
package io.hearth.mail;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
