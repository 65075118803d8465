package io.hearth.interactions.web;

import java.util.UUID;

import io.hearth.identity.Caller;
import io.hearth.interactions.InteractionFinder;
import io.hearth.interactions.InteractionLog;
import io.hearth.interactions.InteractionType;
import io.hearth.interactions.InteractionView;
import io.hearth.platform.ApiException;
import io.hearth.platform.PageController;
import io.hearth.platform.PageForms;
import io.hearth.sites.ActiveSite;
import io.hearth.sites.SiteAccess;
import io.hearth.sites.SiteRole;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Logging, editing and deleting an interaction in the browser, its times typed in the
 * interaction's own zone. The form is offered to editors only; {@link InteractionLog}
 * refuses a viewer's post anyway.
 */
@PageController
@RequestMapping("/interactions")
class InteractionFormPages {

	private final InteractionFinder finder;

	private final InteractionLog log;

	private final SiteAccess sites;

	private final JsonMapper json;

	InteractionFormPages(InteractionFinder finder, InteractionLog log, SiteAccess sites, JsonMapper json) {
		this.finder = finder;
		this.log = log;
		this.sites = sites;
		this.json = json;
	}

	@GetMapping("/new")
	String newInteraction(Caller caller, @RequestParam(required = false) @Nullable String site, Model model) {
		ActiveSite active = this.sites.resolve(caller, site).require(SiteRole.EDITOR);
		return form(model, active, null, InteractionForm.blank());
	}

	@PostMapping
	String create(Caller caller, @RequestParam(required = false) @Nullable String site,
			@RequestParam MultiValueMap<String, String> params, Model model) {
		ActiveSite active = this.sites.resolve(caller, site);
		InteractionForm form = InteractionForm.of(params);
		try {
			InteractionView created = this.log.create(active, form.body(this.json));
			return "redirect:/interactions/" + created.id() + "?site=" + active.siteId();
		}
		catch (ApiException refused) {
			model.addAttribute("errors", PageForms.shownOnForm(refused));
			return form(model, active, null, form);
		}
	}

	@GetMapping("/{id}/edit")
	String edit(Caller caller, @PathVariable UUID id, @RequestParam(required = false) @Nullable String site,
			Model model) {
		ActiveSite active = this.sites.resolve(caller, site).require(SiteRole.EDITOR);
		InteractionView interaction = this.finder.get(active, id);
		return form(model, active, interaction, InteractionForm.of(interaction));
	}

	@PostMapping("/{id}")
	String update(Caller caller, @PathVariable UUID id, @RequestParam(required = false) @Nullable String site,
			@RequestParam MultiValueMap<String, String> params, Model model) {
		ActiveSite active = this.sites.resolve(caller, site);
		InteractionForm form = InteractionForm.of(params);
		try {
			this.log.update(active, id, form.body(this.json), false, PageForms.ifMatch(form.version()));
			return "redirect:/interactions/" + id + "?site=" + active.siteId();
		}
		catch (ApiException refused) {
			model.addAttribute("errors", PageForms.shownOnForm(refused));
			return form(model, active, this.finder.get(active, id), form);
		}
	}

	@PostMapping("/{id}/delete")
	String delete(Caller caller, @PathVariable UUID id, @RequestParam(required = false) @Nullable String site,
			@RequestParam(required = false) @Nullable String version) {
		ActiveSite active = this.sites.resolve(caller, site);
		this.log.delete(active, id, PageForms.ifMatch(version));
		return "redirect:/interactions?site=" + active.siteId();
	}

	private String form(Model model, ActiveSite site, @Nullable InteractionView interaction, InteractionForm form) {
		model.addAttribute("site", site);
		model.addAttribute("interaction", interaction);
		model.addAttribute("form", form);
		model.addAttribute("types", InteractionType.labels());
		model.addAttribute("zones", InteractionForm.ZONES);
		return "interactions/form";
	}

}
