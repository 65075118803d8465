package io.hearth.identity;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read access to users for other modules (names next to ids, membership lists). */
@Service
public class UserDirectory {

	private final Users users;

	/**
	 * Names next to ids on every list row: cached briefly, dropped when the user changes
	 * here.
	 */
	private final Cache<UUID, UserView> recent = Caffeine.newBuilder()
		.maximumSize(20_000)
		.expireAfterWrite(Duration.ofSeconds(60))
		.build();

	UserDirectory(Users users) {
		this.users = users;
	}

	void forget(UUID id) {
		this.recent.invalidate(id);
	}

	@Transactional(readOnly = true)
	public Optional<UserView> find(UUID id) {
		return this.users.findById(id).map(UserView::of);
	}

	/**
	 * The users with these ids, possibly up to a minute old (for display next to other
	 * data).
	 */
	@Transactional(readOnly = true)
	public Map<UUID, UserView> findAll(Collection<UUID> ids) {
		Map<UUID, UserView> found = new HashMap<>(this.recent.getAllPresent(ids));
		List<UUID> missing = ids.stream().filter((id) -> !found.containsKey(id)).distinct().toList();
		if (!missing.isEmpty()) {
			this.users.findAllById(missing).stream().map(UserView::of).forEach((user) -> {
				found.put(user.id(), user);
				this.recent.put(user.id(), user);
			});
		}
		return found;
	}

	/** The name to show for a user: display name, else username. */
	public static String nameOf(UserView user) {
		return (user.displayName() != null) ? user.displayName() : user.username();
	}

}
