package io.hearth.sites;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.hearth.identity.Caller;
import io.hearth.platform.IfMatch;
import io.hearth.platform.ETags;
import io.hearth.platform.Envelope;
import io.hearth.platform.PageQuery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Sites", description = "Sites, members and the caller's active site")
class SiteController {

	private final SiteManagement sites;

	SiteController(SiteManagement sites) {
		this.sites = sites;
	}

	@GetMapping("/api/v1/auth/sites")
	@Operation(summary = "My sites with my role in each; current marks the default site")
	Envelope<List<SiteManagement.MySite>> mySites(Caller caller) {
		return Envelope.of(this.sites.mySites(caller));
	}

	@PostMapping("/api/v1/auth/site")
	@Operation(summary = "Choose my default site (used when a request sends no X-Site-Id)")
	Envelope<SiteManagement.ChosenSite> chooseSite(Caller caller, @Valid @RequestBody SiteRequests.ChooseSite body) {
		SiteManagement.MySite chosen = this.sites.chooseDefault(caller, body.siteId());
		return Envelope.of(new SiteManagement.ChosenSite(chosen.site(), chosen.role()));
	}

	@GetMapping("/api/v1/sites")
	@Operation(summary = "Sites I belong to (all of them for a global admin)")
	Envelope<List<SiteManagement.SiteView>> list(Caller caller, PageQuery paging) {
		return Envelope.page(this.sites.list(caller, paging));
	}

	@GetMapping("/api/v1/sites/{id}")
	@Operation(summary = "A site with user_count, interaction_count and my_role")
	ResponseEntity<Envelope<SiteManagement.SiteDetail>> get(Caller caller, @PathVariable UUID id) {
		SiteManagement.SiteDetail detail = this.sites.get(caller, id);
		return ResponseEntity.ok().eTag(ETags.of(detail.version())).body(Envelope.of(detail));
	}

	@PostMapping("/api/v1/sites")
	@Operation(summary = "Create a site (global admin)")
	ResponseEntity<Envelope<SiteManagement.SiteView>> create(@Valid @RequestBody SiteRequests.Create body) {
		SiteManagement.SiteView site = this.sites.create(body);
		return ResponseEntity.created(URI.create("/api/v1/sites/" + site.id())).body(Envelope.of(site));
	}

	@PatchMapping("/api/v1/sites/{id}")
	@Operation(summary = "Rename, describe, activate or deactivate a site (site_admin)")
	ResponseEntity<Envelope<SiteManagement.SiteView>> update(Caller caller, @PathVariable UUID id,
			@Valid @RequestBody SiteRequests.Update body, IfMatch ifMatch) {
		SiteManagement.SiteView site = this.sites.update(caller, id, body, ifMatch);
		return ResponseEntity.ok(Envelope.of(site));
	}

	@DeleteMapping("/api/v1/sites/{id}")
	@Operation(summary = "Delete a site (global admin); 409 while it has interactions unless force=true")
	ResponseEntity<Void> delete(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean force) {
		this.sites.delete(id, force);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/api/v1/sites/{id}/members")
	@Operation(summary = "The site's members (site_admin)")
	Envelope<List<SiteManagement.MemberView>> members(Caller caller, @PathVariable UUID id, PageQuery paging) {
		return Envelope.page(this.sites.members(caller, id, paging));
	}

	@PutMapping("/api/v1/sites/{id}/members/{userId}")
	@Operation(summary = "Add a member or change their role (site_admin)")
	Envelope<SiteManagement.MemberView> setMember(Caller caller, @PathVariable UUID id, @PathVariable UUID userId,
			@Valid @RequestBody SiteRequests.SetRole body) {
		return Envelope.of(this.sites.setMember(caller, id, userId, body.role()));
	}

	@DeleteMapping("/api/v1/sites/{id}/members/{userId}")
	@Operation(summary = "Remove a member (site_admin)")
	ResponseEntity<Void> removeMember(Caller caller, @PathVariable UUID id, @PathVariable UUID userId) {
		this.sites.removeMember(caller, id, userId);
		return ResponseEntity.noContent().build();
	}

}
