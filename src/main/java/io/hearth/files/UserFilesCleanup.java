package io.hearth.files;

import io.hearth.identity.UserDeleted;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** A deleted user's files go with them: rows at once, bytes by {@link PurgeJob}. */
@Component
class UserFilesCleanup {

	private final FileManagement files;

	UserFilesCleanup(FileManagement files) {
		this.files = files;
	}

	@ApplicationModuleListener
	void on(UserDeleted event) {
		this.files.deleteAllOf(event.userId());
	}

}
