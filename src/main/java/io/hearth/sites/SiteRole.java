package io.hearth.sites;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A member's role in one site; each includes the ones before it. */
public enum SiteRole {

	VIEWER, EDITOR, SITE_ADMIN;

	public boolean atLeast(SiteRole other) {
		return ordinal() >= other.ordinal();
	}

	@JsonValue
	public String value() {
		return name().toLowerCase(Locale.ROOT);
	}

	@JsonCreator
	public static SiteRole of(String value) {
		return valueOf(value.toUpperCase(Locale.ROOT));
	}

}
