/**
 * The club (The Dreamer's Cave): venues and artists with their texts in the club's
 * languages, the language a request is answered in, Markdown rendered and sanitised, the
 * public reads and the staff's writes. Events, series, feeds and members are still to
 * come ({@code ../shared/spec/club.md}).
 */
@NullMarked
@ApplicationModule(displayName = "Club", allowedDependencies = { "platform", "identity", "audit" })
package io.hearth.club;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
