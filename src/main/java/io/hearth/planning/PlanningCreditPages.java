package io.hearth.planning;

import java.io.IOException;
import java.util.UUID;

import io.hearth.identity.Caller;
import io.hearth.platform.ApiException;
import io.hearth.platform.PageController;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Credits in the browser: the balance and ledger, buying a package (a payment request and
 * its receipt), and the admin's payment queue.
 */
@PageController
@RequestMapping("/planning")
class PlanningCreditPages {

	private final Credits credits;

	private final CreditPayments payments;

	private final PlanningCatalog catalog;

	PlanningCreditPages(Credits credits, CreditPayments payments, PlanningCatalog catalog) {
		this.credits = credits;
		this.payments = payments;
		this.catalog = catalog;
	}

	@GetMapping("/credits")
	String credits(Caller caller, Model model) {
		model.addAttribute("balance", this.credits.balance(caller.id()));
		model.addAttribute("entries", this.credits.entries(caller.id(), 50));
		model.addAttribute("packages", this.catalog.packages(false));
		model.addAttribute("methods", this.catalog.methods(false));
		model.addAttribute("payments", this.payments.mine(caller));
		return "planning/credits";
	}

	@PostMapping("/credits/payments")
	String buy(Caller caller, @RequestParam(name = "package_id", required = false) UUID pack,
			@RequestParam(name = "method_id", required = false) UUID method,
			@RequestParam(name = "discount_code", defaultValue = "") String code, RedirectAttributes redirect) {
		try {
			if (pack == null || method == null) {
				throw ApiException.invalid("package_id", "choose a package and a payment method");
			}
			this.payments.submit(caller, pack, method, code.isBlank() ? null : code);
			redirect.addFlashAttribute("flashKey", "planning.requested");
		}
		catch (ApiException refused) {
			redirect.addFlashAttribute("problem", refused.getMessage());
		}
		return "redirect:/planning/credits";
	}

	@PostMapping("/credits/payments/{id}/receipt")
	String receipt(Caller caller, @PathVariable UUID id, @RequestParam("receipt") MultipartFile receipt,
			RedirectAttributes redirect) throws IOException {
		try {
			this.payments.attachReceipt(caller, id, receipt.getInputStream());
			redirect.addFlashAttribute("flashKey", "planning.receipt.done");
		}
		catch (ApiException refused) {
			redirect.addFlashAttribute("problem", refused.getMessage());
		}
		return "redirect:/planning/credits";
	}

	@PostMapping("/credits/payments/{id}/cancel")
	String cancel(Caller caller, @PathVariable UUID id) {
		this.payments.cancel(caller, id);
		return "redirect:/planning/credits";
	}

	@GetMapping("/admin")
	String queue(Caller caller, Model model) {
		model.addAttribute("payments", this.payments.queue(caller, CreditPayments.SUBMITTED));
		return "planning/admin";
	}

	@PostMapping("/admin/payments/{id}/{decision}")
	String decide(Caller caller, @PathVariable UUID id, @PathVariable String decision,
			@RequestParam(defaultValue = "") String note, RedirectAttributes redirect) {
		try {
			switch (decision) {
				case "approve" -> this.payments.approve(caller, id, note.isBlank() ? null : note);
				case "reject" -> this.payments.reject(caller, id, note.isBlank() ? "rejected" : note);
				default -> throw ApiException.notFound("Decision");
			}
			redirect.addFlashAttribute("flashKey", "planning.decided");
		}
		catch (ApiException refused) {
			redirect.addFlashAttribute("problem", refused.getMessage());
		}
		return "redirect:/planning/admin";
	}

}
