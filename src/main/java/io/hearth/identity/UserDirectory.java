package io.hearth.identity;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read access to users for other modules (names next to ids, membership lists). */
@Service
public class UserDirectory {

	private final Users users;

	UserDirectory(Users users) {
		this.users = users;
	}

	@Transactional(readOnly = true)
	public Optional<UserView> find(UUID id) {
		return this.users.findById(id).map(UserView::of);
	}

	@Transactional(readOnly = true)
	public Map<UUID, UserView> findAll(Collection<UUID> ids) {
		return this.users.findAllById(ids)
			.stream()
			.map(UserView::of)
			.collect(Collectors.toMap(UserView::id, Function.identity()));
	}

	/** The name to show for a user: display name, else username. */
	public static String nameOf(UserView user) {
		return (user.displayName() != null) ? user.displayName() : user.username();
	}

}
