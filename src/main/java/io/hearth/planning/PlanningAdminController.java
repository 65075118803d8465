package io.hearth.planning;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import io.hearth.ai.AiUsage;
import io.hearth.identity.Caller;
import io.hearth.identity.Role;
import io.hearth.platform.ApiException;
import io.hearth.platform.Envelope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Planning's admin side: credit grants and adjustments, and the AI usage figures. */
@RestController
@RequestMapping("/api/v1/planning/admin")
@Tag(name = "Planning admin", description = "Credit adjustments and AI usage (admins)")
class PlanningAdminController {

	private static final int MAX_DAYS = 366;

	private final CreditGrants grants;

	private final AiUsage usage;

	private final Clock clock;

	PlanningAdminController(CreditGrants grants, AiUsage usage, Clock clock) {
		this.grants = grants;
		this.usage = usage;
		this.clock = clock;
	}

	@PostMapping("/users/{userId}/credits")
	@Operation(summary = "Grant (positive) or take (negative) credits, with the reason",
			description = "In the user's ledger as grant or adjustment and in the audit trail; 409 INSUFFICIENT_CREDITS when it would take the available balance below zero.")
	ResponseEntity<Envelope<PlanningViews.CreditsView>> adjust(Caller caller, @PathVariable UUID userId,
			@Valid @RequestBody Adjustment body) {
		Credits.Balance balance = this.grants.adjust(caller, userId, body.amount(), body.reason());
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(Envelope.of(new PlanningViews.CreditsView(balance.available(), balance.held(), List.of())));
	}

	@GetMapping("/ai-usage")
	@Operation(summary = "Calls to the model per UTC day: tokens, failures and cost at the configured prices")
	Envelope<List<AiUsage.Day>> aiUsage(Caller caller,
			@Parameter(description = "First day (UTC), default 30 days ago") @RequestParam(
					required = false) @Nullable LocalDate from,
			@Parameter(description = "Last day (UTC), default today") @RequestParam(
					required = false) @Nullable LocalDate to) {
		admin(caller);
		LocalDate last = (to != null) ? to : LocalDate.now(this.clock.withZone(ZoneOffset.UTC));
		LocalDate first = (from != null) ? from : last.minusDays(29);
		if (first.isAfter(last) || first.plusDays(MAX_DAYS).isBefore(last)) {
			throw ApiException.invalid("from", "must be on or before to, at most " + MAX_DAYS + " days before it");
		}
		return Envelope.of(this.usage.daily(first, last));
	}

	private static void admin(Caller caller) {
		if (!caller.has(Role.ADMIN)) {
			throw ApiException.forbidden("This needs the admin role");
		}
	}

	/** A grant or an adjustment of one user's credits. */
	record Adjustment(@NotNull @Min(-1_000_000) @Max(1_000_000) Long amount, @NotBlank @Size(max = 500) String reason) {
	}

}
