package io.hearth.planning;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.hearth.identity.Caller;
import io.hearth.platform.ApiException;
import io.hearth.platform.PageController;
import io.hearth.platform.PageForms;
import io.hearth.platform.SearchedPage;
import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Planning in the browser: your analyses, the new-analysis form, an analysis whose tabs
 * fill in live (the page listens to the same event stream as the API and reloads its tabs
 * as they change), regenerate, chat, share and export, and a shared analysis signed out.
 * Every read and write is the API's own use case.
 */
@PageController
@RequestMapping("/planning")
class PlanningPages {

	private final AnalysisReads reads;

	private final AnalysisWrites writes;

	private final ProgressStreams streams;

	private final PlanningChat chat;

	private final ChatStreams chatStreams;

	private final PlanningShares shares;

	private final AnalysisExport export;

	private final Credits credits;

	private final PlanningProperties properties;

	private final Validator validator;

	PlanningPages(AnalysisReads reads, AnalysisWrites writes, ProgressStreams streams, PlanningChat chat,
			ChatStreams chatStreams, PlanningShares shares, AnalysisExport export, Credits credits,
			PlanningProperties properties, Validator validator) {
		this.reads = reads;
		this.writes = writes;
		this.streams = streams;
		this.chat = chat;
		this.chatStreams = chatStreams;
		this.shares = shares;
		this.export = export;
		this.credits = credits;
		this.properties = properties;
		this.validator = validator;
	}

	@GetMapping
	String index(Caller caller, @RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "1") int page,
			Model model) {
		SearchedPage<PlanningViews.AnalysisSummary> found;
		try {
			found = this.reads.list(caller, AnalysisReads.Filters.parse(q.isBlank() ? null : q, null, null),
					PageForms.page(page, 20), null);
		}
		catch (ApiException refused) {
			model.addAttribute("errors", PageForms.shownOnForm(refused));
			found = new SearchedPage<>(org.springframework.data.domain.Page.empty(), false, List.of());
		}
		model.addAttribute("q", q);
		model.addAttribute("found", found);
		model.addAttribute("page", found.page());
		model.addAttribute("balance", this.credits.balance(caller.id()));
		return "planning/index";
	}

	@GetMapping("/new")
	String form(Caller caller, Model model) {
		model.addAttribute("form", Map.of("tier", "free", "language", this.properties.languages().getFirst()));
		return form(caller, model, null);
	}

	private String form(Caller caller, Model model, @Nullable Map<String, List<String>> errors) {
		model.addAttribute("errors", errors);
		model.addAttribute("languages", this.properties.languages());
		model.addAttribute("cost", this.properties.premiumCost());
		model.addAttribute("balance", this.credits.balance(caller.id()));
		return "planning/new";
	}

	@PostMapping("/new")
	String create(Caller caller, @RequestParam Map<String, String> form, Model model) {
		Analysis analysis;
		try {
			AnalysisRequest request = PageForms.validated(this.validator, request(form));
			analysis = this.writes.create(caller, request).analysis();
		}
		catch (ApiException refused) {
			model.addAttribute("form", form);
			// short of credits: said on the form, which stays filled in
			Map<String, List<String>> errors = (refused
				.status() == org.springframework.http.HttpStatus.PAYMENT_REQUIRED)
						? Map.of(PageForms.FORM, List.of(String.valueOf(refused.getMessage())))
						: PageForms.shownOnForm(refused);
			return form(caller, model, errors);
		}
		return "redirect:/planning/analyses/" + analysis.id();
	}

	static AnalysisRequest request(Map<String, String> form) {
		AnalysisRequest.Budget budget = null;
		String min = form.getOrDefault("budget_min", "").strip();
		String max = form.getOrDefault("budget_max", "").strip();
		String currency = form.getOrDefault("budget_currency", "").strip();
		if (!min.isEmpty() || !max.isEmpty() || !currency.isEmpty()) {
			budget = new AnalysisRequest.Budget(PageForms.decimal("budget.min", min),
					PageForms.decimal("budget.max", max), currency.isEmpty() ? null : currency);
		}
		String city = form.getOrDefault("city", "").strip();
		return new AnalysisRequest(form.getOrDefault("idea", ""), form.getOrDefault("industry", ""),
				form.getOrDefault("target_market", ""), form.getOrDefault("country", ""), city.isEmpty() ? null : city,
				budget, form.getOrDefault("language", ""), form.getOrDefault("tier", "free"));
	}

	@GetMapping("/analyses/{id}")
	String analysis(Caller caller, @PathVariable UUID id, Model model) {
		PlanningViews.AnalysisView analysis = this.reads.get(caller, id);
		model.addAttribute("analysis", analysis);
		model.addAttribute("rendered", rendered(analysis));
		Analysis row = this.reads.readable(caller, id);
		if (row.premium()) {
			model.addAttribute("messages", this.chat.history(caller, id));
		}
		model.addAttribute("shares", this.shares.list(caller, id));
		return "planning/analysis";
	}

	/** The tabs alone, for the page to reload as they change. */
	@GetMapping("/analyses/{id}/tabs")
	String tabs(Caller caller, @PathVariable UUID id, Model model) {
		PlanningViews.AnalysisView analysis = this.reads.get(caller, id);
		model.addAttribute("analysis", analysis);
		model.addAttribute("rendered", rendered(analysis));
		return "planning/analysis :: tabs";
	}

	@GetMapping(path = "/analyses/{id}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	SseEmitter events(Caller caller, @PathVariable UUID id,
			@RequestHeader(name = "Last-Event-ID", required = false) @Nullable String lastEventId) {
		long seq = this.reads.progressSeq(caller, id);
		PlanningViews.AnalysisView snapshot = this.reads.get(caller, id);
		Long resume = (lastEventId != null && lastEventId.matches("\\d{1,18}")) ? Long.parseLong(lastEventId) : null;
		return this.streams.open(id, snapshot, seq, resume, !snapshot.status().equals(Analysis.Status.GENERATING));
	}

	@PostMapping("/analyses/{id}/tabs/{tab}/regenerate")
	String regenerate(Caller caller, @PathVariable UUID id, @PathVariable String tab,
			@RequestParam(defaultValue = "") String feedback, RedirectAttributes redirect) {
		Tab which = Tab.parse(tab).orElseThrow(() -> ApiException.notFound("Tab"));
		try {
			this.writes.regenerate(caller, id, which,
					feedback.length() > 2000 ? feedback.substring(0, 2000) : feedback);
			redirect.addFlashAttribute("flashKey", "planning.regenerating");
		}
		catch (ApiException refused) {
			redirect.addFlashAttribute("problem", refused.getMessage());
		}
		return "redirect:/planning/analyses/" + id;
	}

	@PostMapping("/analyses/{id}/chat")
	String chat(Caller caller, @PathVariable UUID id, @RequestParam(defaultValue = "") String content,
			RedirectAttributes redirect) {
		try {
			Analysis analysis = this.chat.chattable(caller, id);
			this.chat.accept(caller, analysis, question(content));
			this.chat.reply(caller, analysis, null);
		}
		catch (ApiException refused) {
			redirect.addFlashAttribute("problem", refused.getMessage());
		}
		return "redirect:/planning/analyses/" + id + "#chat";
	}

	/**
	 * The same form sent by the page's script, which asks for the reply as it is written;
	 * a refusal is the stream's one {@code error} event, shown where the reply would be.
	 */
	@PostMapping(path = "/analyses/{id}/chat", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	SseEmitter chatStreamed(Caller caller, @PathVariable UUID id, @RequestParam(defaultValue = "") String content)
			throws IOException {
		try {
			String question = question(content);
			return this.chatStreams.stream(caller, this.chat.chattable(caller, id), question);
		}
		catch (ApiException refused) {
			return this.chatStreams.refused(refused);
		}
	}

	private static String question(String content) {
		if (content.isBlank() || content.length() > 4000) {
			throw ApiException.invalid("content", "must be 1 to 4,000 characters");
		}
		return content;
	}

	@PostMapping("/analyses/{id}/share")
	String share(Caller caller, @PathVariable UUID id, RedirectAttributes redirect) {
		PlanningShares.Share share = this.shares.create(caller, id, null);
		redirect.addFlashAttribute("shareUrl", "/planning/shared/" + share.token());
		return "redirect:/planning/analyses/" + id + "#share";
	}

	@PostMapping("/analyses/{id}/shares/{shareId}/revoke")
	String revoke(Caller caller, @PathVariable UUID id, @PathVariable UUID shareId) {
		this.shares.revoke(caller, id, shareId);
		return "redirect:/planning/analyses/" + id + "#share";
	}

	@GetMapping("/analyses/{id}/export")
	ResponseEntity<byte[]> download(Caller caller, @PathVariable UUID id,
			@RequestParam(defaultValue = "pdf") String format) {
		PlanningViews.AnalysisView analysis = this.reads.get(caller, id);
		return switch (format) {
			case "md" -> PlanningSharingController.file(
					this.export.markdown(analysis).getBytes(java.nio.charset.StandardCharsets.UTF_8),
					new MediaType("text", "markdown", java.nio.charset.StandardCharsets.UTF_8),
					"analysis-" + id + ".md", true);
			case "html" -> PlanningSharingController.file(
					this.export.html(analysis).getBytes(java.nio.charset.StandardCharsets.UTF_8),
					new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8), "analysis-" + id + ".html",
					false);
			default -> PlanningSharingController.file(this.export.pdf(analysis), MediaType.APPLICATION_PDF,
					"analysis-" + id + ".pdf", true);
		};
	}

	@PostMapping("/analyses/{id}/delete")
	String delete(Caller caller, @PathVariable UUID id) {
		this.writes.delete(caller, id);
		return "redirect:/planning";
	}

	@GetMapping("/shared/{token}")
	String shared(@PathVariable String token, Model model) {
		PlanningViews.SharedView view = this.reads.shared(this.shares.open(token));
		model.addAttribute("analysis", view);
		model.addAttribute("rendered", rendered(view.tabs(), view.language()));
		return "planning/shared";
	}

	private Map<String, String> rendered(PlanningViews.AnalysisView analysis) {
		return rendered(analysis.tabs(), analysis.language());
	}

	/** Each ready tab's content as escaped HTML (headings, labels, lists). */
	private Map<String, String> rendered(List<PlanningViews.TabView> tabs, String language) {
		Map<String, String> rendered = new LinkedHashMap<>();
		for (PlanningViews.TabView tab : tabs) {
			if (tab.content() instanceof JsonNode content) {
				rendered.put(tab.tab(), this.export.section(content, language));
			}
		}
		return rendered;
	}

}
