package io.hearth.identity;

import java.util.Optional;

import io.hearth.platform.ApiException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts made and managed without a caller: the command line, the bootstrap admin and
 * the demo seeders. No role is checked (the operator has the machine), but every rule of
 * the admin API still holds: password policy, free names, never losing the last admin,
 * sessions ended and events published.
 */
@Service
public class UserProvisioning {

	private final UserAdministration administration;

	private final Users users;

	UserProvisioning(UserAdministration administration, Users users) {
		this.administration = administration;
		this.users = users;
	}

	@Transactional
	public UserView createAdmin(String username, String email, String password) {
		return UserView.of(this.administration.createUser(username, email, password, null, Role.ADMIN, true));
	}

	/** An account with any role and a verified address (demo data, imports). */
	@Transactional
	public UserView createUser(String username, String email, String password, Role role) {
		return UserView.of(this.administration.createUser(username, email, password, null, role, true));
	}

	/**
	 * @param login a username or an e-mail address
	 */
	@Transactional(readOnly = true)
	public Optional<UserView> find(String login) {
		return lookUp(login).map(UserView::of);
	}

	@Transactional
	public UserView resetPassword(String login, String password) {
		User user = byLogin(login);
		this.administration.setPassword(user, password);
		return UserView.of(user);
	}

	@Transactional
	public UserView disable(String login) {
		return this.administration.disable(byLogin(login));
	}

	@Transactional(readOnly = true)
	public boolean hasActiveAdmin() {
		return this.administration.hasActiveAdmin();
	}

	private User byLogin(String login) {
		return lookUp(login).orElseThrow(() -> ApiException.notFound("User " + login));
	}

	private Optional<User> lookUp(String login) {
		String key = User.key(login);
		return key.contains("@") ? this.users.findByEmailKey(key) : this.users.findByUsernameKey(key);
	}

}
