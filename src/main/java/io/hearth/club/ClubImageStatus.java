package io.hearth.club;

import io.hearth.files.FileProcessed;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A club picture finished processing: the kept public answers still say
 * {@code processing} (or name no variant URLs), so they are made again.
 */
@Component
class ClubImageStatus {

	private final ClubAnswers answers;

	ClubImageStatus(ClubAnswers answers) {
		this.answers = answers;
	}

	@ApplicationModuleListener
	void on(FileProcessed event) {
		if (ClubImages.OWNER.equals(event.ownerId())) {
			this.answers.changed();
		}
	}

}
