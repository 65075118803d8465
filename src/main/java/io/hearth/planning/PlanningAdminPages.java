package io.hearth.planning;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.hearth.ai.AiUsage;
import io.hearth.identity.Caller;
import io.hearth.platform.ApiException;
import io.hearth.platform.PageController;
import io.hearth.platform.PageForms;
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
 * The admin's catalogue (packages, payment methods, discount codes) and the AI usage
 * figures in the browser. A form is checked as the API checks its JSON body (the same
 * request records), so a refusal names the same fields.
 */
@PageController
@RequestMapping("/planning/admin")
class PlanningAdminPages {

	private static final int USAGE_DAYS = 30;

	private final PlanningCatalog catalog;

	private final AiUsage usage;

	private final PlanningProperties properties;

	private final Validator validator;

	private final Clock clock;

	PlanningAdminPages(PlanningCatalog catalog, AiUsage usage, PlanningProperties properties, Validator validator,
			Clock clock) {
		this.catalog = catalog;
		this.usage = usage;
		this.properties = properties;
		this.validator = validator;
		this.clock = clock;
	}

	@GetMapping("/catalogue")
	String catalogue(Caller caller, Model model) {
		return page(caller, model, null, null, Map.of());
	}

	@PostMapping("/catalogue/packages")
	String addPackage(Caller caller, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
		try {
			PaymentController.PackageRequest request = PageForms.validated(this.validator,
					new PaymentController.PackageRequest(text(form, "name"), number(form, "credits"),
							decimal(form, "price"), text(form, "currency")));
			this.catalog.addPackage(caller, request.name(), request.credits(), request.price(), request.currency());
		}
		catch (ApiException refused) {
			return page(caller, model, "package", PageForms.shownOnForm(refused), form);
		}
		return done(redirect);
	}

	@PostMapping("/catalogue/payment-methods")
	String addMethod(Caller caller, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
		try {
			Map<String, String> instructions = new LinkedHashMap<>();
			for (String language : this.properties.languages()) {
				String text = form.getOrDefault("instructions_" + language, "").strip();
				if (!text.isEmpty()) {
					instructions.put(language, text);
				}
			}
			PaymentController.MethodRequest request = PageForms.validated(this.validator,
					new PaymentController.MethodRequest(text(form, "name"), instructions));
			this.catalog.addMethod(caller, request.name(), request.instructions());
		}
		catch (ApiException refused) {
			return page(caller, model, "method", PageForms.shownOnForm(refused), form);
		}
		return done(redirect);
	}

	@PostMapping("/catalogue/discount-codes")
	String addCode(Caller caller, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
		try {
			Long maxUses = number(form, "max_uses");
			Long perUser = number(form, "max_uses_per_user");
			PaymentController.CodeRequest request = PageForms.validated(this.validator,
					new PaymentController.CodeRequest(text(form, "code"), text(form, "kind"), decimal(form, "amount"),
							instant(form, "valid_from"), instant(form, "valid_until"), small("max_uses", maxUses),
							small("max_uses_per_user", perUser)));
			this.catalog.addCode(caller, request.code(), request.kind(), request.amount(), request.validFrom(),
					request.validUntil(), request.maxUses(), request.maxUsesPerUser());
		}
		catch (ApiException refused) {
			return page(caller, model, "code", PageForms.shownOnForm(refused), form);
		}
		return done(redirect);
	}

	@PostMapping("/catalogue/{catalogue}/{id}/active")
	String active(Caller caller, @PathVariable String catalogue, @PathVariable UUID id,
			@RequestParam(defaultValue = "false") boolean active, RedirectAttributes redirect) {
		this.catalog.setActive(caller, catalogue, id, active);
		return done(redirect);
	}

	@GetMapping("/usage")
	String usage(Caller caller, Model model) {
		PlanningCatalog.requireAdmin(caller);
		LocalDate last = LocalDate.now(this.clock.withZone(ZoneOffset.UTC));
		List<AiUsage.Day> days = this.usage.daily(last.minusDays(USAGE_DAYS - 1), last);
		model.addAttribute("days", days);
		model.addAttribute("first", last.minusDays(USAGE_DAYS - 1));
		model.addAttribute("last", last);
		model.addAttribute("total",
				new AiUsage.Day(last, days.stream().mapToLong(AiUsage.Day::calls).sum(),
						days.stream().mapToLong(AiUsage.Day::inputTokens).sum(),
						days.stream().mapToLong(AiUsage.Day::outputTokens).sum(),
						days.stream().mapToLong(AiUsage.Day::failures).sum(),
						days.stream().map(AiUsage.Day::cost).reduce(BigDecimal.ZERO, BigDecimal::add)));
		return "planning/usage";
	}

	private String page(Caller caller, Model model, @Nullable String refusedForm,
			@Nullable Map<String, List<String>> errors, Map<String, String> form) {
		PlanningCatalog.requireAdmin(caller);
		model.addAttribute("packages", this.catalog.packages(true));
		model.addAttribute("methods", this.catalog.methods(true));
		model.addAttribute("codes", this.catalog.codes(caller));
		model.addAttribute("languages", this.properties.languages());
		model.addAttribute("refused", refusedForm);
		model.addAttribute("errors", errors);
		model.addAttribute("form", form);
		return "planning/catalogue";
	}

	private static String done(RedirectAttributes redirect) {
		redirect.addFlashAttribute("flashKey", "planning.catalogue.saved");
		return "redirect:/planning/admin/catalogue";
	}

	private static String text(Map<String, String> form, String field) {
		return form.getOrDefault(field, "").strip();
	}

	private static @Nullable Long number(Map<String, String> form, String field) {
		String value = text(form, field);
		if (value.isEmpty()) {
			return null;
		}
		try {
			return Long.parseLong(value);
		}
		catch (NumberFormatException ex) {
			throw ApiException.invalid(field, "must be a whole number");
		}
	}

	private static @Nullable Integer small(String field, @Nullable Long value) {
		if (value == null) {
			return null;
		}
		if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
			throw ApiException.invalid(field, "must be at most 1000000");
		}
		return value.intValue();
	}

	private static @Nullable BigDecimal decimal(Map<String, String> form, String field) {
		return PageForms.decimal(field, text(form, field));
	}

	/** A browser's {@code datetime-local} value, read as UTC (the page says so). */
	private static @Nullable Instant instant(Map<String, String> form, String field) {
		String value = text(form, field);
		if (value.isEmpty()) {
			return null;
		}
		try {
			return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
		}
		catch (DateTimeParseException ex) {
			throw ApiException.invalid(field, "must be a date and time such as 2027-01-31T18:00");
		}
	}

}
