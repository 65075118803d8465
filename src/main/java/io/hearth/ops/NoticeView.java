package io.hearth.ops;

import java.time.Instant;
import java.util.UUID;

/** A notice as the API shows it. */
record NoticeView(UUID id, String title, String body, boolean pinned, Instant createdAt, Instant updatedAt,
		long version) implements io.hearth.platform.Versioned {

	static NoticeView of(Notice notice) {
		return new NoticeView(notice.id(), notice.title(), notice.body(), notice.pinned(), notice.createdAt(),
				notice.updatedAt(), notice.version());
	}

}
