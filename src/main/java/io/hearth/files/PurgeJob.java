package io.hearth.files;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

import io.hearth.jobs.JobHandler;

import org.springframework.stereotype.Component;

/**
 * Removes the stored bytes of deleted files. Their rows are already gone, so running it
 * again (after a crash) finds nothing left to remove and succeeds.
 */
@Component
class PurgeJob implements JobHandler<PurgeJob.Payload> {

	static final String KIND = "files.purge";

	/** FileManagement per job: keeps a payload small however many files an owner had. */
	static final int BATCH = 500;

	private final ByteStore store;

	PurgeJob(ByteStore store) {
		this.store = store;
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public Class<Payload> payloadType() {
		return Payload.class;
	}

	@Override
	public void handle(Payload payload) throws IOException {
		for (UUID id : payload.fileIds()) {
			this.store.deleteAll(id);
		}
	}

	record Payload(List<UUID> fileIds) {
	}

}
