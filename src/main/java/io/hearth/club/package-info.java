/**
 * The club (The Dreamer's Cave): venues and artists with their texts in the club's
 * languages, the language a request is answered in, Markdown rendered and sanitised, the
 * programme and its feeds, the staff's writes, and members: favourites, going,
 * preferences, a personal calendar and notifications made at most once and delivered by
 * jobs, pictures through the files module ({@code ../shared/spec/club.md}).
 */
@NullMarked
@ApplicationModule(displayName = "Club",
		allowedDependencies = { "platform", "identity", "audit", "jobs", "mail", "files" })
package io.hearth.club;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
