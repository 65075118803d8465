package io.hearth.sites;

import java.time.Instant;
import java.util.UUID;

import io.hearth.identity.UserDeleted;
import io.hearth.identity.UserDirectory;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sites module alone (identity's directory mocked): memberships follow deleted users,
 * and deleting a site tells the modules that keep rows in it.
 */
@ApplicationModuleTest
@ActiveProfiles("test")
class SitesModuleTest {

	@MockitoBean
	UserDirectory users;

	/** The admin's site pages look members up by username through it. */
	@MockitoBean
	io.hearth.identity.UserProvisioning provisioning;

	@Autowired
	SiteSetup setup;

	@Autowired
	SiteAccess access;

	@Autowired
	SiteManagement management;

	@Test
	void shouldRemoveADeletedUserFromEverySite(Scenario scenario) {
		UUID site = this.setup.ensureSite("Module " + UUID.randomUUID(), "");
		UUID other = this.setup.ensureSite("Other " + UUID.randomUUID(), "");
		UUID doomed = UUID.randomUUID();
		UUID kept = UUID.randomUUID();
		this.setup.ensureMember(site, doomed, SiteRole.EDITOR);
		this.setup.ensureMember(other, doomed, SiteRole.SITE_ADMIN);
		this.setup.ensureMember(site, kept, SiteRole.VIEWER);

		scenario.publish(new UserDeleted(doomed, Instant.now()))
			.andWaitForStateChange(() -> this.access.of(site, doomed, false).isEmpty()
					&& this.access.of(other, doomed, false).isEmpty(), Boolean::booleanValue)
			.andVerify((gone) -> assertThat(this.access.of(site, kept, false)).get()
				.extracting(ActiveSite::role)
				.isEqualTo(SiteRole.VIEWER));
	}

	@Test
	void shouldPublishSiteDeletedWhenASiteIsDeleted(Scenario scenario) {
		UUID site = this.setup.ensureSite("Doomed " + UUID.randomUUID(), "");
		scenario.stimulate(() -> this.management.delete(site, true))
			.andWaitForEventOfType(SiteDeleted.class)
			.matching((event) -> event.siteId().equals(site))
			.toArrive();
		assertThat(this.access.name(site)).isEmpty();
	}

}
