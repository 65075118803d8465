package io.hearth.files;

import java.util.UUID;

/**
 * An upload's variants were made ({@code ready}) or could not be ({@code failed}).
 * Published inside the transaction that records it, so a module that keeps answers
 * showing the file's status knows when they went stale.
 */
public record FileProcessed(UUID fileId, UUID ownerId, String status) {
}
