package io.hearth.identity.web;

import java.util.UUID;

import io.hearth.identity.BrowserAccounts;
import io.hearth.identity.PageSessions;
import io.hearth.platform.ApiException;
import io.hearth.platform.PageForms;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import io.hearth.platform.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/** The signed-in user's own account: profile, password, e-mail verification, sessions. */
@PageController
@RequestMapping("/account")
class AccountPages {

	private final BrowserAccounts accounts;

	private final MessageSource messages;

	AccountPages(BrowserAccounts accounts, MessageSource messages) {
		this.accounts = accounts;
		this.messages = messages;
	}

	@GetMapping
	String account(HttpServletRequest request, Model model) {
		BrowserAccounts.Signed signed = signed(request);
		model.addAttribute("profile", this.accounts.me(signed.userId()));
		model.addAttribute("sessions", this.accounts.sessions(signed));
		return "identity/account";
	}

	@PostMapping("/profile")
	String profile(@RequestParam(name = "display_name", required = false) @Nullable String displayName,
			@RequestParam(required = false) @Nullable String email, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		BrowserAccounts.Signed signed = signed(request);
		try {
			this.accounts.updateProfile(signed.userId(), displayName, null, email);
		}
		catch (ApiException refused) {
			model.addAttribute("profileErrors", PageForms.shownOnForm(refused));
			return account(request, model);
		}
		redirect.addFlashAttribute("flash", text("account.saved", request));
		return "redirect:/account";
	}

	@PostMapping("/password")
	String password(@RequestParam(name = "current_password", defaultValue = "") String current,
			@RequestParam(name = "new_password", defaultValue = "") String next, HttpServletRequest request,
			Model model, RedirectAttributes redirect) {
		try {
			this.accounts.changePassword(signed(request), current, next);
		}
		catch (ApiException refused) {
			if (!PageForms.aboutInput(refused) && refused.status().value() != 401) {
				throw refused;
			}
			model.addAttribute("passwordErrors", PageForms.errors(refused));
			return account(request, model);
		}
		redirect.addFlashAttribute("flash", text("account.password.changed", request));
		return "redirect:/account";
	}

	@PostMapping("/verification")
	String requestVerification(HttpServletRequest request, RedirectAttributes redirect) {
		this.accounts.requestVerification(signed(request).userId());
		redirect.addFlashAttribute("flash", text("account.verification.sent", request));
		return "redirect:/account";
	}

	@PostMapping("/sessions/{id}/revoke")
	String revoke(@PathVariable UUID id, HttpServletRequest request, RedirectAttributes redirect) {
		this.accounts.revokeSession(signed(request).userId(), id);
		redirect.addFlashAttribute("flash", text("account.session.revoked", request));
		return "redirect:/account";
	}

	private static BrowserAccounts.Signed signed(HttpServletRequest request) {
		BrowserAccounts.Signed signed = PageSessions.signed(request);
		if (signed == null) {
			throw new ApiException(org.springframework.http.HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED",
					"Authentication is required");
		}
		return signed;
	}

	private String text(String key, HttpServletRequest request) {
		return this.messages.getMessage(key, null, RequestContextUtils.getLocale(request));
	}

}
