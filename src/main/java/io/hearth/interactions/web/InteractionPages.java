package io.hearth.interactions.web;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

import io.hearth.identity.Caller;
import io.hearth.interactions.InteractionFilters;
import io.hearth.interactions.InteractionFinder;
import io.hearth.interactions.InteractionType;
import io.hearth.interactions.InteractionView;
import io.hearth.platform.ApiException;
import io.hearth.platform.PageController;
import io.hearth.platform.PageForms;
import io.hearth.platform.SearchedPage;
import io.hearth.sites.ActiveSite;
import io.hearth.sites.SiteAccess;
import io.hearth.sites.SiteRole;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.http.ContentDisposition;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A site's interaction log in the browser: the site switcher, the finder with every
 * filter and sortable columns, the detail with its history and the CSV of the current
 * filter (the form: {@link InteractionFormPages}). What a viewer may not do is not
 * offered; the use cases refuse it anyway.
 */
@PageController
@RequestMapping("/interactions")
class InteractionPages {

	static final List<String> COLUMNS = List.of("title", "type", "lead", "start_at", "location", "updated_at");

	private final InteractionFinder finder;

	private final SiteAccess sites;

	InteractionPages(InteractionFinder finder, SiteAccess sites) {
		this.finder = finder;
		this.sites = sites;
	}

	@GetMapping
	String finder(Caller caller, @RequestParam(required = false) @Nullable String site,
			@RequestParam MultiValueMap<String, String> params, @RequestParam(defaultValue = "1") int page,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
			@RequestHeader(name = "HX-History-Restore-Request", required = false) @Nullable String restore,
			HttpServletResponse response, Model model) {
		// one address, two answers: caches must keep them apart
		response.setHeader("Vary", "HX-Request");
		ActiveSite active;
		try {
			active = this.sites.resolve(caller, site);
		}
		catch (ApiException refused) {
			if (!"SITE_REQUIRED".equals(refused.code())) {
				throw refused;
			}
			// no default and not exactly one site: the first of theirs, or an explanation
			List<ActiveSite> mine = this.sites.mine(caller);
			if (!mine.isEmpty()) {
				return "redirect:/interactions?site=" + mine.get(0).siteId();
			}
			return "interactions/nosite";
		}
		String sort = params.getFirst("sort");
		String order = (sort != null && COLUMNS.contains(sort.replaceFirst("^-", ""))) ? sort : null;
		SearchedPage<InteractionView> found;
		try {
			InteractionFilters filters = InteractionFilters.parse(params.getFirst("q"), params.get("type"),
					params.getFirst("title"), params.getFirst("lead"), params.getFirst("location"),
					params.getFirst("start_from"), params.getFirst("start_to"), null);
			found = this.finder.list(active, filters, PageForms.page(page, 25), order);
		}
		catch (ApiException refused) {
			model.addAttribute("errors", PageForms.shownOnForm(refused));
			found = new SearchedPage<>(Page.empty(), false, List.of());
		}
		model.addAttribute("site", active);
		model.addAttribute("canEdit", active.allows(SiteRole.EDITOR));
		model.addAttribute("filters", params.toSingleValueMap());
		model.addAttribute("sort", (order != null) ? order : "");
		model.addAttribute("columns", COLUMNS);
		model.addAttribute("types", InteractionType.labels());
		model.addAttribute("found", found);
		model.addAttribute("page", found.page());
		// a history restore wants the whole page back
		if (htmx != null && restore == null) {
			return "interactions/finder :: results";
		}
		model.addAttribute("sites", this.sites.mine(caller));
		return "interactions/finder";
	}

	@GetMapping("/export")
	void export(Caller caller, @RequestParam(required = false) @Nullable String site,
			@RequestParam MultiValueMap<String, String> params, HttpServletResponse response) throws IOException {
		ActiveSite active = this.sites.resolve(caller, site);
		InteractionFilters filters = InteractionFilters.parse(params.getFirst("q"), params.get("type"),
				params.getFirst("title"), params.getFirst("lead"), params.getFirst("location"),
				params.getFirst("start_from"), params.getFirst("start_to"), null);
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition",
				ContentDisposition.attachment().filename("interactions.csv").build().toString());
		this.finder.export(active, filters, response.getWriter());
	}

	@GetMapping("/{id}")
	String detail(Caller caller, @PathVariable UUID id, @RequestParam(required = false) @Nullable String site,
			Model model) {
		ActiveSite active = this.sites.resolve(caller, site);
		model.addAttribute("site", active);
		model.addAttribute("canEdit", active.allows(SiteRole.EDITOR));
		model.addAttribute("interaction", this.finder.get(active, id));
		model.addAttribute("history", this.finder.history(active, id));
		return "interactions/detail";
	}

}
