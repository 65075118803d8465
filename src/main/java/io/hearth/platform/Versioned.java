package io.hearth.platform;

/**
 * A view of a resource that carries its optimistic-locking version: answered in an
 * envelope, it gets its {@code ETag} from {@link VersionedETags}, so no controller sets
 * one by hand.
 */
public interface Versioned {

	long version();

}
