package io.hearth.platform;

import java.util.UUID;

import com.github.f4b6a3.uuid.UuidCreator;

/**
 * Identifiers are time-ordered UUIDv7, assigned by the aggregate when it is created, so
 * that an id exists before the row does (for the Location header and for events) and
 * indexes stay append-mostly.
 */
public final class Ids {

	private Ids() {
	}

	public static UUID newId() {
		return UuidCreator.getTimeOrderedEpoch();
	}

}
