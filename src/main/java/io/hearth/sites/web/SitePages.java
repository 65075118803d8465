package io.hearth.sites.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.hearth.identity.Caller;
import io.hearth.identity.UserProvisioning;
import io.hearth.platform.ApiException;
import io.hearth.platform.BindingMessages;
import io.hearth.platform.PageController;
import io.hearth.platform.PageForms;
import io.hearth.platform.PageQuery;
import io.hearth.sites.SiteManagement;
import io.hearth.sites.SiteRequests;
import io.hearth.sites.SiteRole;
import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin's sites and their members: create a site, add a member by username or e-mail
 * with a role, change a role, remove. {@link SiteManagement}'s use cases, which check the
 * roles (and keep a site from losing its last site admin).
 */
@PageController
@RequestMapping("/admin/sites")
class SitePages {

	private final SiteManagement sites;

	private final UserProvisioning users;

	private final Validator validator;

	SitePages(SiteManagement sites, UserProvisioning users, Validator validator) {
		this.sites = sites;
		this.users = users;
		this.validator = validator;
	}

	@GetMapping
	String list(Caller caller, @RequestParam(defaultValue = "1") int page, Model model) {
		model.addAttribute("page", this.sites.list(caller, PageForms.page(page, 50)));
		return "admin/sites";
	}

	@PostMapping
	String create(Caller caller, @RequestParam(defaultValue = "") String name,
			@RequestParam(required = false) @Nullable String description, Model model) {
		SiteRequests.Create request = new SiteRequests.Create(name.strip(),
				(description == null || description.isBlank()) ? null : description.strip());
		try {
			validate(request);
			UUID id = this.sites.create(request).id();
			return "redirect:/admin/sites/" + id;
		}
		catch (ApiException refused) {
			model.addAttribute("errors", PageForms.shownOnForm(refused));
			model.addAttribute("name", name);
			return list(caller, 1, model);
		}
	}

	@GetMapping("/{id}")
	String site(Caller caller, @PathVariable UUID id, Model model) {
		model.addAttribute("site", this.sites.get(caller, id));
		model.addAttribute("members", this.sites.members(caller, id, new PageQuery(1, PageQuery.MAX_PER_PAGE, null)));
		model.addAttribute("roles", SiteRole.values());
		return "admin/site";
	}

	@PostMapping("/{id}")
	String update(Caller caller, @PathVariable UUID id, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String description, @RequestParam(defaultValue = "false") boolean active,
			@RequestParam(required = false) @Nullable String version, Model model, RedirectAttributes redirect) {
		SiteRequests.Update request = new SiteRequests.Update(name.strip(), description.strip(), active);
		try {
			validate(request);
			this.sites.update(caller, id, request, PageForms.ifMatch(version));
			redirect.addFlashAttribute("flashKey", "admin.sites.saved");
			return "redirect:/admin/sites/" + id;
		}
		catch (ApiException refused) {
			model.addAttribute("editErrors", PageForms.shownOnForm(refused));
			model.addAttribute("edited", request);
			return site(caller, id, model);
		}
	}

	@PostMapping("/{id}/delete")
	String delete(Caller caller, @PathVariable UUID id, @RequestParam(defaultValue = "false") boolean force,
			Model model) {
		try {
			this.sites.delete(id, force);
			return "redirect:/admin/sites";
		}
		catch (ApiException refused) {
			model.addAttribute("deleteErrors", PageForms.shownOnForm(refused));
			return site(caller, id, model);
		}
	}

	@PostMapping("/{id}/members")
	String setMember(Caller caller, @PathVariable UUID id, @RequestParam(defaultValue = "") String login,
			@RequestParam(defaultValue = "viewer") String role, Model model) {
		try {
			UUID user = this.users.find(login.strip())
				.orElseThrow(() -> ApiException.invalid("login", "is no user's username or e-mail"))
				.id();
			this.sites.setMember(caller, id, user, parse(role));
			return "redirect:/admin/sites/" + id;
		}
		catch (ApiException refused) {
			model.addAttribute("errors", PageForms.shownOnForm(refused));
			model.addAttribute("login", login);
			return site(caller, id, model);
		}
	}

	@PostMapping("/{id}/members/{userId}/remove")
	String remove(Caller caller, @PathVariable UUID id, @PathVariable UUID userId) {
		this.sites.removeMember(caller, id, userId);
		return "redirect:/admin/sites/" + id;
	}

	/**
	 * The request's constraints, as the API's binding checks them, named like its fields.
	 */
	private void validate(Object request) {
		Map<String, List<String>> errors = new LinkedHashMap<>();
		this.validator.validate(request)
			.forEach((v) -> errors
				.computeIfAbsent(BindingMessages.snakeCase(v.getPropertyPath().toString()),
						(k) -> new java.util.ArrayList<>())
				.add(v.getMessage()));
		if (!errors.isEmpty()) {
			throw ApiException.invalid(errors);
		}
	}

	private static SiteRole parse(String role) {
		for (SiteRole candidate : SiteRole.values()) {
			if (candidate.value().equals(role)) {
				return candidate;
			}
		}
		throw ApiException.invalid("role", "must be one of viewer, editor, site_admin");
	}

}
