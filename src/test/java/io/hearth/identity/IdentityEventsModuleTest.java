package io.hearth.identity;

import java.util.UUID;

import io.hearth.mail.Mailer;
import io.hearth.platform.IfMatch;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * Identity alone (mail mocked): every consequence other modules must hear of is published
 * as an event of identity's API, and only when it really happened.
 */
@ApplicationModuleTest
@ActiveProfiles("test")
class IdentityEventsModuleTest {

	@MockitoBean
	Mailer mailer;

	@Autowired
	UserProvisioning provisioning;

	@Autowired
	UserAdministration administration;

	@Test
	void shouldPublishUserDeletedWithTheDeletedUsersId(Scenario scenario) {
		UUID id = user();
		scenario.stimulate(() -> this.administration.delete(id, new IfMatch(null)))
			.andWaitForEventOfType(UserDeleted.class)
			.matching((event) -> event.userId().equals(id))
			.toArrive();
	}

	@Test
	void shouldPublishUserDisabledOnlyWhenAnActiveUserIsDisabled(Scenario scenario) {
		UUID id = user();
		String login = login(id);
		scenario.stimulate(() -> this.provisioning.disable(login))
			.andWaitForEventOfType(UserDisabled.class)
			.matching((event) -> event.userId().equals(id))
			.toArrive();
	}

	@Test
	void shouldPublishRoleChangedWithTheOldAndNewRole(Scenario scenario) {
		UUID id = user();
		scenario
			.stimulate(() -> this.administration.update(id,
					new AdminRequests.UpdateUser(null, null, null, Role.STAFF, null, null), new IfMatch(null)))
			.andWaitForEventOfType(RoleChanged.class)
			.matching((event) -> event.userId().equals(id) && event.from() == Role.USER && event.to() == Role.STAFF)
			.toArrive();
	}

	@Test
	void shouldPublishPasswordChangedWhenAnOperatorResetsAPassword(Scenario scenario) {
		UUID id = user();
		String login = login(id);
		scenario.stimulate(() -> this.provisioning.resetPassword(login, "Another-sturdy-password-9"))
			.andWaitForEventOfType(PasswordChanged.class)
			.matching((event) -> event.userId().equals(id) && event.keptSession() == null)
			.toArrive();
	}

	private UUID user() {
		String name = "events-" + UUID.randomUUID().toString().substring(0, 8);
		return this.provisioning.createUser(name, name + "@example.test", "Sturdy-test-password-7", Role.USER).id();
	}

	private String login(UUID id) {
		return this.administration.get(id).username();
	}

}
