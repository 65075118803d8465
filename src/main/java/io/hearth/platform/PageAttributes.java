package io.hearth.platform;

import java.util.Map;

/**
 * What the pages' layout needs from a module on every page, including the error pages
 * that no module's controller rendered (identity: who is signed in, for the navigation).
 */
public interface PageAttributes {

	/** Attributes by name; a value may be {@code null} (nobody signed in). */
	Map<String, Object> pageAttributes();

}
