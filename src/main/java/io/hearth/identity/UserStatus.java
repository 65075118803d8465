package io.hearth.identity;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

public enum UserStatus {

	ACTIVE, DISABLED;

	@JsonValue
	public String value() {
		return name().toLowerCase(Locale.ROOT);
	}

	@JsonCreator
	public static UserStatus of(String value) {
		return valueOf(value.toUpperCase(Locale.ROOT));
	}

}
