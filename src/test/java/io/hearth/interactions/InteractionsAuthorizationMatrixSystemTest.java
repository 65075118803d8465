package io.hearth.interactions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import io.hearth.support.Api.Reply;
import io.hearth.support.ApiSystemTest;
import io.hearth.support.SiteFixture;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every sites and interactions endpoint × every kind of caller, with the status each must
 * get. Write endpoints get a fresh target per call, so a cell never depends on another.
 */
class InteractionsAuthorizationMatrixSystemTest extends ApiSystemTest {

	static final String[] CALLERS = { "anonymous", "outsider", "viewer", "editor", "site_admin", "admin" };

	@Test
	void shouldGiveEveryCallerExactlyTheExpectedStatusOnEveryEndpoint() {
		SiteFixture f = new SiteFixture(this.api);
		String site = f.site.toString();
		Map<String, Supplier<Call>> endpoints = new LinkedHashMap<>();
		UUID existing = f.interaction(f.site, "Matrix read");
		endpoints.put("GET /interactions", () -> new Call("GET", "/api/v1/interactions", null));
		endpoints.put("GET /interactions/{id}", () -> new Call("GET", "/api/v1/interactions/" + existing, null));
		endpoints.put("GET /interactions/types", () -> new Call("GET", "/api/v1/interactions/types", null));
		endpoints.put("GET /interactions/export",
				() -> new Call("GET", "/api/v1/interactions/export?format=csv", null));
		endpoints.put("GET /interactions/{id}/history",
				() -> new Call("GET", "/api/v1/interactions/" + existing + "/history", null));
		endpoints.put("POST /interactions", () -> new Call("POST", "/api/v1/interactions", SiteFixture.body("New")));
		endpoints.put("PATCH /interactions/{id}", () -> new Call("PATCH",
				"/api/v1/interactions/" + f.interaction(f.site, "To patch"), "{\"title\": \"Patched\"}"));
		endpoints.put("PUT /interactions/{id}", () -> new Call("PUT",
				"/api/v1/interactions/" + f.interaction(f.site, "To replace"), SiteFixture.body("Replaced")));
		endpoints.put("DELETE /interactions/{id}",
				() -> new Call("DELETE", "/api/v1/interactions/" + f.interaction(f.site, "To delete"), null));
		endpoints.put("GET /sites", () -> new Call("GET", "/api/v1/sites", null));
		endpoints.put("GET /auth/sites", () -> new Call("GET", "/api/v1/auth/sites", null));
		endpoints.put("POST /auth/site",
				() -> new Call("POST", "/api/v1/auth/site", "{\"site_id\": \"" + site + "\"}"));
		endpoints.put("GET /sites/{id}", () -> new Call("GET", "/api/v1/sites/" + site, null));
		endpoints.put("PATCH /sites/{id}",
				() -> new Call("PATCH", "/api/v1/sites/" + site, "{\"description\": \"x\"}"));
		endpoints.put("GET /sites/{id}/members", () -> new Call("GET", "/api/v1/sites/" + site + "/members", null));
		endpoints.put("PUT /sites/{id}/members/{user}", () -> new Call("PUT",
				"/api/v1/sites/" + site + "/members/" + f.accounts.create("user").id(), "{\"role\": \"viewer\"}"));
		endpoints.put("DELETE /sites/{id}/members/{user}", () -> new Call("DELETE",
				"/api/v1/sites/" + site + "/members/" + f.member(f.site, "viewer").id(), null));
		endpoints.put("POST /sites", () -> new Call("POST", "/api/v1/sites",
				"{\"name\": \"Made " + UUID.randomUUID().toString().substring(0, 8) + "\"}"));
		endpoints.put("DELETE /sites/{id}", () -> new Call("DELETE",
				"/api/v1/sites/" + f.createSite("Doomed " + UUID.randomUUID().toString().substring(0, 8)), null));

		// anonymous, outsider (member of another site only), viewer, editor, site_admin,
		// global admin
		Map<String, int[]> expected = new LinkedHashMap<>();
		expected.put("GET /interactions", new int[] { 401, 403, 200, 200, 200, 200 });
		expected.put("GET /interactions/{id}", new int[] { 401, 403, 200, 200, 200, 200 });
		expected.put("GET /interactions/types", new int[] { 401, 403, 200, 200, 200, 200 });
		expected.put("GET /interactions/export", new int[] { 401, 403, 200, 200, 200, 200 });
		expected.put("GET /interactions/{id}/history", new int[] { 401, 403, 200, 200, 200, 200 });
		expected.put("POST /interactions", new int[] { 401, 403, 403, 201, 201, 201 });
		expected.put("PATCH /interactions/{id}", new int[] { 401, 403, 403, 200, 200, 200 });
		expected.put("PUT /interactions/{id}", new int[] { 401, 403, 403, 200, 200, 200 });
		expected.put("DELETE /interactions/{id}", new int[] { 401, 403, 403, 204, 204, 204 });
		expected.put("GET /sites", new int[] { 401, 200, 200, 200, 200, 200 });
		expected.put("GET /auth/sites", new int[] { 401, 200, 200, 200, 200, 200 });
		expected.put("POST /auth/site", new int[] { 401, 403, 200, 200, 200, 403 });
		expected.put("GET /sites/{id}", new int[] { 401, 404, 200, 200, 200, 200 });
		expected.put("PATCH /sites/{id}", new int[] { 401, 404, 403, 403, 200, 200 });
		expected.put("GET /sites/{id}/members", new int[] { 401, 404, 403, 403, 200, 200 });
		expected.put("PUT /sites/{id}/members/{user}", new int[] { 401, 404, 403, 403, 200, 200 });
		expected.put("DELETE /sites/{id}/members/{user}", new int[] { 401, 404, 403, 403, 204, 204 });
		expected.put("POST /sites", new int[] { 401, 403, 403, 403, 403, 201 });
		expected.put("DELETE /sites/{id}", new int[] { 401, 403, 403, 403, 403, 204 });

		String[] tokens = { null, f.outsider.bearer(), f.viewer.bearer(), f.editor.bearer(), f.siteAdmin.bearer(),
				f.admin };
		List<String> wrong = new ArrayList<>();
		for (var endpoint : endpoints.entrySet()) {
			int[] statuses = expected.get(endpoint.getKey());
			for (int c = 0; c < CALLERS.length; c++) {
				Call call = endpoint.getValue().get();
				List<String> headers = new ArrayList<>(List.of("X-Site-Id", site));
				if (tokens[c] != null) {
					headers.addAll(List.of("Authorization", tokens[c]));
				}
				Reply reply = f.api.send(call.method(), call.path(), call.body(), headers.toArray(String[]::new));
				if (reply.status() != statuses[c]) {
					wrong.add(endpoint.getKey() + " as " + CALLERS[c] + ": expected " + statuses[c] + ", got " + reply);
				}
			}
		}
		assertThat(wrong).as("cells that differ from the matrix").isEmpty();
	}

	record Call(String method, String path, String body) {
	}

}
