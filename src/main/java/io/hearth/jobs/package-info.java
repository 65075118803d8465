/**
 * Durable background jobs on db-scheduler: enqueued in the caller's transaction, run once
 * across every instance sharing the database, retried with exponential backoff, revived
 * when the instance running them dies, and visible to admins.
 */
@NullMarked
@ApplicationModule(displayName = "Jobs", allowedDependencies = "platform")
package io.hearth.jobs;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
