/**
 * The HTTP edge: the security filter chain, rate limits, client addresses behind trusted
 * proxies, request ids, body size and text checks, CORS, the exception handler that turns
 * every failure into a problem body, and the OpenAPI document. Closed: no domain module
 * depends on it; modules contribute through the platform's
 * {@link io.hearth.platform.HttpRules} and their own argument resolvers.
 */
@NullMarked
@ApplicationModule(displayName = "HTTP edge", allowedDependencies = "platform")
package io.hearth.edge;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
