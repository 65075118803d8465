package io.hearth.support;

import java.util.UUID;

import io.hearth.support.Api.Reply;
import io.hearth.support.TestAccounts.Account;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two sites and one account per standing in the first: viewer, editor and site_admin; a
 * member of the other site only; and the global admin. Made through the API.
 */
public final class SiteFixture {

	public final Api api;

	public final TestAccounts accounts;

	public final String admin;

	public final UUID site;

	public final UUID otherSite;

	public final Account viewer;

	public final Account editor;

	public final Account siteAdmin;

	public final Account outsider;

	public SiteFixture(Api api) {
		this.api = api;
		this.accounts = new TestAccounts(api);
		this.admin = this.accounts.admin().bearer();
		this.site = createSite("Site " + UUID.randomUUID().toString().substring(0, 8));
		this.otherSite = createSite("Other " + UUID.randomUUID().toString().substring(0, 8));
		this.siteAdmin = member(this.site, "site_admin");
		this.viewer = member(this.site, "viewer");
		this.editor = member(this.site, "editor");
		this.outsider = member(this.otherSite, "site_admin");
	}

	public UUID createSite(String name) {
		Reply created = this.api.post("/api/v1/sites", "{\"name\": \"%s\"}".formatted(name), "Authorization",
				this.admin);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return UUID.fromString(created.json().at("/data/id").asString());
	}

	public Account member(UUID siteId, String role) {
		Account account = this.accounts.create("user");
		Reply added = this.api.put("/api/v1/sites/" + siteId + "/members/" + account.id(),
				"{\"role\": \"%s\"}".formatted(role), "Authorization", this.admin);
		assertThat(added.status()).as(added.toString()).isEqualTo(200);
		return account;
	}

	/** Logs an interaction in {@code siteId} as the admin; returns its id. */
	public UUID interaction(UUID siteId, String title) {
		Reply created = this.api.post("/api/v1/interactions", body(title), "Authorization", this.admin, "X-Site-Id",
				siteId.toString());
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return UUID.fromString(created.json().at("/data/id").asString());
	}

	public static String body(String title) {
		return """
				{"title": "%s", "type": "Meeting", "lead": "Ada", "start_at": "2026-05-01T09:00:00Z",
				 "end_at": "2026-05-01T10:00:00+00:00", "timezone": "Europe/Paris", "location": "Room 1",
				 "description": "Quarterly plan", "notes": "Bring slides"}""".formatted(title);
	}

}
