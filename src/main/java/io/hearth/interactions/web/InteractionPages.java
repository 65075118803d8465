package io.hearth.interactions.web;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import io.hearth.identity.Caller;
import io.hearth.interactions.InteractionFilters;
import io.hearth.interactions.InteractionFinder;
import io.hearth.interactions.InteractionLog;
import io.hearth.interactions.InteractionType;
import io.hearth.interactions.InteractionView;
import io.hearth.platform.ApiException;
import io.hearth.platform.ETags;
import io.hearth.platform.IfMatch;
import io.hearth.platform.PageController;
import io.hearth.platform.PageForms;
import io.hearth.platform.PageQuery;
import io.hearth.platform.SearchedPage;
import io.hearth.sites.ActiveSite;
import io.hearth.sites.SiteAccess;
import io.hearth.sites.SiteRole;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.data.domain.Page;
import org.springframework.http.ContentDisposition;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A site's interaction log in the browser: the site switcher, the finder with every
 * filter and sortable columns, the form (times in the interaction's own zone), the detail
 * with its history and the CSV of the current filter. What a viewer may not do is not
 * offered; {@link InteractionLog} refuses it anyway.
 */
@PageController
@RequestMapping("/interactions")
class InteractionPages {

	static final List<String> COLUMNS = List.of("title", "type", "lead", "start_at", "location", "updated_at");

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	private final InteractionFinder finder;

	private final InteractionLog log;

	private final SiteAccess sites;

	private final JsonMapper json;

	InteractionPages(InteractionFinder finder, InteractionLog log, SiteAccess sites, JsonMapper json) {
		this.finder = finder;
		this.log = log;
		this.sites = sites;
		this.json = json;
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
			found = this.finder.list(active, filters,
					new PageQuery(Math.max(1, Math.min(page, PageQuery.MAX_PAGE)), 25, null), order);
		}
		catch (ApiException refused) {
			if (!PageForms.aboutInput(refused)) {
				throw refused;
			}
			model.addAttribute("errors", PageForms.errors(refused));
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
			InteractionView created = this.log.create(active, body(form));
			return "redirect:/interactions/" + created.id() + "?site=" + active.siteId();
		}
		catch (ApiException refused) {
			if (!PageForms.aboutInput(refused)) {
				throw refused;
			}
			model.addAttribute("errors", PageForms.errors(refused));
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
			this.log.update(active, id, body(form), false, ifMatch(form.version()));
			return "redirect:/interactions/" + id + "?site=" + active.siteId();
		}
		catch (ApiException refused) {
			if (!PageForms.aboutInput(refused)) {
				throw refused;
			}
			model.addAttribute("errors", PageForms.errors(refused));
			return form(model, active, this.finder.get(active, id), form);
		}
	}

	@PostMapping("/{id}/delete")
	String delete(Caller caller, @PathVariable UUID id, @RequestParam(required = false) @Nullable String site,
			@RequestParam(required = false) @Nullable String version) {
		ActiveSite active = this.sites.resolve(caller, site);
		this.log.delete(active, id, ifMatch(version));
		return "redirect:/interactions?site=" + active.siteId();
	}

	private String form(Model model, ActiveSite site, @Nullable InteractionView interaction, InteractionForm form) {
		model.addAttribute("site", site);
		model.addAttribute("interaction", interaction);
		model.addAttribute("form", form);
		model.addAttribute("types", InteractionType.labels());
		model.addAttribute("zones", Zones.ALL);
		return "interactions/form";
	}

	/** The API's body: local times of the form read in the chosen zone. */
	private ObjectNode body(InteractionForm form) {
		ObjectNode body = this.json.createObjectNode();
		body.put("title", form.title());
		body.put("type", form.type());
		body.put("lead", form.lead());
		body.put("timezone", form.timezone());
		putTime(body, "start_at", form.startAt(), form.timezone());
		putTime(body, "end_at", form.endAt(), form.timezone());
		putText(body, "location", form.location());
		putText(body, "description", form.description());
		putText(body, "notes", form.notes());
		return body;
	}

	private static void putTime(ObjectNode body, String name, String local, String zone) {
		if (local.isBlank()) {
			return;
		}
		try {
			body.put(name, LocalDateTime.parse(local).atZone(ZoneId.of(zone)).toOffsetDateTime().toString());
		}
		catch (DateTimeException ex) {
			// the use case names the field: not a time, or no such zone
			body.put(name, local);
		}
	}

	private static void putText(ObjectNode body, String name, String value) {
		if (!value.isBlank()) {
			body.put(name, value);
		}
	}

	private static IfMatch ifMatch(@Nullable String version) {
		return (version != null && version.matches("\\d{1,18}")) ? new IfMatch(ETags.of(Long.parseLong(version)))
				: IfMatch.NONE;
	}

	/** The form as typed; times local to its zone. */
	record InteractionForm(String title, String type, String lead, String startAt, String endAt, String timezone,
			String location, String description, String notes, @Nullable String version) {

		static InteractionForm blank() {
			return new InteractionForm("", "", "", "", "", "UTC", "", "", "", null);
		}

		static InteractionForm of(MultiValueMap<String, String> params) {
			return new InteractionForm(text(params, "title"), text(params, "type"), text(params, "lead"),
					text(params, "start_at"), text(params, "end_at"),
					text(params, "timezone").isEmpty() ? "UTC" : text(params, "timezone"), text(params, "location"),
					text(params, "description"), text(params, "notes"), params.getFirst("version"));
		}

		static InteractionForm of(InteractionView i) {
			ZoneId zone = ZoneId.of(i.timezone());
			return new InteractionForm(i.title(), i.type().label(), i.lead(), LOCAL.format(i.startAt().atZone(zone)),
					(i.endAt() != null) ? LOCAL.format(i.endAt().atZone(zone)) : "", i.timezone(),
					(i.location() != null) ? i.location() : "", (i.description() != null) ? i.description() : "",
					(i.notes() != null) ? i.notes() : "", String.valueOf(i.version()));
		}

		private static String text(MultiValueMap<String, String> params, String name) {
			String value = params.getFirst(name);
			return (value != null) ? value.strip() : "";
		}

	}

	/** The zone picker's choices: every region zone the JDK knows, sorted. */
	static final class Zones {

		static final List<String> ALL = ZoneId.getAvailableZoneIds()
			.stream()
			.filter((z) -> z.contains("/") && !z.startsWith("Etc/") && !z.startsWith("SystemV/"))
			.sorted()
			.collect(java.util.stream.Collectors.collectingAndThen(java.util.stream.Collectors.toList(), (list) -> {
				list.addFirst("UTC");
				return List.copyOf(list);
			}));

		private Zones() {
		}

	}

}
