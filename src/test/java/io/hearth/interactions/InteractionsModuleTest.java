package io.hearth.interactions;

import java.time.Instant;
import java.util.UUID;

import io.hearth.audit.AuditTrail;
import io.hearth.identity.UserDirectory;
import io.hearth.identity.UserProvisioning;
import io.hearth.sites.ActiveSite;
import io.hearth.sites.SiteDeleted;
import io.hearth.sites.SiteRole;
import io.hearth.sites.SiteSetup;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The interactions module alone: a deleted site's interactions go with it, nobody else's.
 */
@ApplicationModuleTest
@ActiveProfiles("test")
class InteractionsModuleTest {

	@MockitoBean
	UserDirectory users;

	@MockitoBean
	AuditTrail audit;

	@MockitoBean
	UserProvisioning provisioning;

	@MockitoBean
	SiteSetup siteSetup;

	/** The pages resolve the active site through it. */
	@MockitoBean
	io.hearth.sites.SiteAccess siteAccess;

	@Autowired
	ScopedInteractions interactions;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void shouldDeleteADeletedSitesInteractionsOnly(Scenario scenario) {
		ActiveSite doomed = site();
		ActiveSite kept = site();
		Interaction gone = log(doomed);
		Interaction stays = log(kept);

		scenario.publish(new SiteDeleted(doomed.siteId(), Instant.now()))
			.andWaitForStateChange(() -> this.interactions.count(doomed.siteId()), (count) -> count == 0)
			.andVerify((count) -> {
				assertThat(this.interactions.find(doomed, gone.id())).isEmpty();
				assertThat(this.interactions.find(kept, stays.id())).isPresent();
			});
	}

	private Interaction log(ActiveSite site) {
		InteractionValues values = new InteractionValues("Call", InteractionType.values()[0], "Ada", Instant.now(),
				null, "UTC", null, null, null);
		return this.transactions.execute((s) -> this.interactions.save(site,
				new Interaction(site.siteId(), values, site.userId(), Instant.now())));
	}

	private static ActiveSite site() {
		return new ActiveSite(UUID.randomUUID(), "Site", SiteRole.EDITOR, UUID.randomUUID(), false);
	}

}
