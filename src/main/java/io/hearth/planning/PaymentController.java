package io.hearth.planning;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.hearth.identity.Caller;
import io.hearth.platform.ApiException;
import io.hearth.platform.Envelope;
import io.hearth.platform.Idempotency;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Buying credits (packages, payment methods, payment requests with a receipt) and the
 * admin's side of it (the queue, decisions, the catalogue). The POSTs that move credits
 * take an {@code Idempotency-Key}.
 */
@RestController
@RequestMapping("/api/v1/planning")
@Tag(name = "Planning credits", description = "Packages, payment requests and their approval")
class PaymentController {

	private static final String IDEMPOTENCY = "Optional; the same key and body replay the first answer (Idempotent-Replayed: true) for 24 h, another body with it is 422, a key still running 409";

	private final CreditPayments payments;

	private final PlanningCatalog catalog;

	private final Idempotency idempotency;

	private final JsonMapper json;

	PaymentController(CreditPayments payments, PlanningCatalog catalog, Idempotency idempotency, JsonMapper json) {
		this.payments = payments;
		this.catalog = catalog;
		this.idempotency = idempotency;
		this.json = json;
	}

	@GetMapping("/packages")
	@Operation(summary = "The credit packages on offer")
	Envelope<List<PlanningCatalog.Package>> packages() {
		return Envelope.of(this.catalog.packages(false));
	}

	@GetMapping("/payment-methods")
	@Operation(summary = "How to pay, with instructions per language")
	Envelope<List<PlanningCatalog.Method>> methods() {
		return Envelope.of(this.catalog.methods(false));
	}

	@PostMapping("/payments")
	@Operation(summary = "Ask to buy a package",
			description = "The amount is computed here from the package and the discount code. Then upload the receipt; an admin approves or rejects.")
	ResponseEntity<Envelope<CreditPayments.Payment>> submit(Caller caller, @Valid @RequestBody PaymentRequest body,
			@Parameter(description = IDEMPOTENCY) @RequestHeader(name = Idempotency.HEADER,
					required = false) @Nullable String key) {
		return this.idempotency.once(caller.id(), key, "POST /payments " + this.json.writeValueAsString(body), () -> {
			CreditPayments.Payment payment = this.payments.submit(caller, body.packageId(), body.methodId(),
					body.discountCode());
			return ResponseEntity.created(URI.create("/api/v1/planning/payments/" + payment.id()))
				.body(Envelope.of(payment));
		});
	}

	@GetMapping("/payments")
	@Operation(summary = "My payment requests, newest first")
	Envelope<List<CreditPayments.Payment>> mine(Caller caller) {
		return Envelope.of(this.payments.mine(caller));
	}

	@PostMapping(path = "/payments/{id}/receipt", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Attach the receipt (an image, multipart part receipt); a new one replaces the old")
	Envelope<CreditPayments.Payment> receipt(Caller caller, @PathVariable UUID id,
			@RequestPart("receipt") MultipartFile receipt) throws IOException {
		return Envelope.of(this.payments.attachReceipt(caller, id, receipt.getInputStream()));
	}

	@PostMapping("/payments/{id}/cancel")
	@Operation(summary = "Withdraw a request not decided yet")
	Envelope<CreditPayments.Payment> cancel(Caller caller, @PathVariable UUID id) {
		return Envelope.of(this.payments.cancel(caller, id));
	}

	@GetMapping("/admin/payments")
	@Operation(summary = "The payment requests in one state, oldest first (the queue: submitted)")
	Envelope<List<CreditPayments.Payment>> queue(Caller caller,
			@Parameter(schema = @Schema(
					allowableValues = { "submitted", "approved", "rejected", "cancelled", "reversed" })) @RequestParam(
							defaultValue = "submitted") String status) {
		if (!List
			.of(CreditPayments.SUBMITTED, CreditPayments.APPROVED, CreditPayments.REJECTED, CreditPayments.CANCELLED,
					CreditPayments.REVERSED)
			.contains(status)) {
			throw ApiException.invalid("status", "must be submitted, approved, rejected, cancelled or reversed");
		}
		return Envelope.of(this.payments.queue(caller, status));
	}

	@PostMapping("/admin/payments/{id}/approve")
	@Operation(summary = "Approve: the user is credited once",
			description = "409 PAYMENT_DECIDED when it is no longer submitted (another admin was first).")
	ResponseEntity<Envelope<CreditPayments.Payment>> approve(Caller caller, @PathVariable UUID id,
			@Valid @RequestBody(required = false) @Nullable Decision body,
			@Parameter(description = IDEMPOTENCY) @RequestHeader(name = Idempotency.HEADER,
					required = false) @Nullable String key) {
		String note = (body != null) ? body.note() : null;
		return this.idempotency.once(caller.id(), key, "POST /payments/" + id + "/approve " + note,
				() -> ResponseEntity.ok(Envelope.of(this.payments.approve(caller, id, note))));
	}

	@PostMapping("/admin/payments/{id}/reject")
	Envelope<CreditPayments.Payment> reject(Caller caller, @PathVariable UUID id, @Valid @RequestBody Reason body) {
		return Envelope.of(this.payments.reject(caller, id, body.note()));
	}

	@PostMapping("/admin/payments/{id}/reverse")
	@Operation(summary = "Take an approved payment's credits back (a refund entry)",
			description = "409 INSUFFICIENT_CREDITS when the user has spent them.")
	Envelope<CreditPayments.Payment> reverse(Caller caller, @PathVariable UUID id, @Valid @RequestBody Reason body) {
		return Envelope.of(this.payments.reverse(caller, id, body.note()));
	}

	@GetMapping("/admin/packages")
	Envelope<List<PlanningCatalog.Package>> allPackages(Caller caller) {
		PlanningCatalog.requireAdmin(caller);
		return Envelope.of(this.catalog.packages(true));
	}

	@PostMapping("/admin/packages")
	ResponseEntity<Envelope<PlanningCatalog.Package>> addPackage(Caller caller,
			@Valid @RequestBody PackageRequest body) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(Envelope
				.of(this.catalog.addPackage(caller, body.name(), body.credits(), body.price(), body.currency())));
	}

	@GetMapping("/admin/payment-methods")
	Envelope<List<PlanningCatalog.Method>> allMethods(Caller caller) {
		PlanningCatalog.requireAdmin(caller);
		return Envelope.of(this.catalog.methods(true));
	}

	@PostMapping("/admin/payment-methods")
	ResponseEntity<Envelope<PlanningCatalog.Method>> addMethod(Caller caller, @Valid @RequestBody MethodRequest body) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(Envelope.of(this.catalog.addMethod(caller, body.name(), body.instructions())));
	}

	@GetMapping("/admin/discount-codes")
	Envelope<List<PlanningCatalog.Code>> codes(Caller caller) {
		return Envelope.of(this.catalog.codes(caller));
	}

	@PostMapping("/admin/discount-codes")
	ResponseEntity<Envelope<PlanningCatalog.Code>> addCode(Caller caller, @Valid @RequestBody CodeRequest body) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(Envelope.of(this.catalog.addCode(caller, body.code(), body.kind(), body.amount(), body.validFrom(),
					body.validUntil(), body.maxUses(), body.maxUsesPerUser())));
	}

	@PutMapping("/admin/{catalogue}/{id}/active")
	@Operation(summary = "Switch a package, payment method or discount code on or off")
	ResponseEntity<Void> active(Caller caller,
			@Parameter(schema = @Schema(allowableValues = { "packages", "payment-methods",
					"discount-codes" })) @PathVariable String catalogue,
			@PathVariable UUID id, @Valid @RequestBody Active body) {
		this.catalog.setActive(caller, catalogue, id, body.active());
		return ResponseEntity.noContent().build();
	}

	record PaymentRequest(@NotNull UUID packageId, @NotNull UUID methodId,
			@Size(max = 40) @Nullable String discountCode) {
	}

	record Decision(@Size(max = 500) @Nullable String note) {
	}

	record Reason(@NotBlank @Size(max = 500) String note) {
	}

	record PackageRequest(@NotBlank @Size(max = 100) String name, @NotNull @Min(1) @Max(1_000_000) Long credits,
			@NotNull @DecimalMin("0") @DecimalMax("1000000") @Digits(integer = 7, fraction = 2) BigDecimal price,
			@NotNull @Pattern(regexp = "[A-Za-z]{3}", message = "must be an ISO 4217 currency code") String currency) {
	}

	record MethodRequest(@NotBlank @Size(max = 100) String name, @NotNull @Size(min = 1,
			max = 10) Map<@Pattern(regexp = "[a-z]{2,3}") String, @NotBlank @Size(max = 2000) String> instructions) {
	}

	record CodeRequest(@NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9_-]+") String code,
			@Schema(allowableValues = {
					"percent", "fixed" }) @NotNull @Size(max = 10) String kind,
			@NotNull @DecimalMin("0.01") @DecimalMax("1000000") @Digits(integer = 7, fraction = 2) BigDecimal amount,
			@Nullable Instant validFrom, @Nullable Instant validUntil,
			@Min(1) @Max(1_000_000) @Nullable Integer maxUses, @Min(1) @Max(1000) @Nullable Integer maxUsesPerUser){
	}

	record Active(@NotNull Boolean active) {
	}

}
