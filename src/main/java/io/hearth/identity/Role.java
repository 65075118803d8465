package io.hearth.identity;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Global roles, each including the ones before it. */
public enum Role {

	USER, STAFF, ADMIN;

	@JsonValue
	public String value() {
		return name().toLowerCase(Locale.ROOT);
	}

	@JsonCreator
	public static Role of(String value) {
		return valueOf(value.toUpperCase(Locale.ROOT));
	}

}
