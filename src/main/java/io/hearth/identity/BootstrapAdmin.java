package io.hearth.identity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Creates the first admin from {@code HEARTH_BOOTSTRAP_ADMIN_USERNAME/EMAIL/PASSWORD}
 * when the server starts and no active admin exists; does nothing once one does. Bad
 * values stop the start-up.
 */
@Component
class BootstrapAdmin implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(BootstrapAdmin.class);

	private final UserProvisioning users;

	private final IdentityProperties properties;

	BootstrapAdmin(UserProvisioning users, IdentityProperties properties) {
		this.users = users;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) {
		IdentityProperties.Bootstrap admin = this.properties.bootstrapAdmin();
		if (!admin.requested() || this.users.hasActiveAdmin()) {
			return;
		}
		if (admin.email() == null || admin.password() == null) {
			throw new IllegalStateException(
					"HEARTH_BOOTSTRAP_ADMIN_USERNAME is set: set HEARTH_BOOTSTRAP_ADMIN_EMAIL and HEARTH_BOOTSTRAP_ADMIN_PASSWORD too");
		}
		try {
			UserView created = this.users.createAdmin(admin.username(), admin.email(), admin.password());
			log.info(
					"Created the first admin '{}' from HEARTH_BOOTSTRAP_ADMIN_*; remove the password from the environment",
					created.username());
		}
		catch (io.hearth.platform.ApiException ex) {
			throw new IllegalStateException(
					"HEARTH_BOOTSTRAP_ADMIN_*: " + ex.getMessage() + ((ex.errors() != null) ? " " + ex.errors() : ""),
					ex);
		}
	}

}
