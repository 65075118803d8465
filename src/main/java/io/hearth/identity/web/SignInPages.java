package io.hearth.identity.web;

import io.hearth.identity.BrowserAccounts;
import io.hearth.identity.PageSessions;
import io.hearth.platform.ApiException;
import io.hearth.platform.PageForms;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import io.hearth.platform.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.view.RedirectView;

/** Signing up, in and out, and the mailed password-reset and verification links. */
@PageController
class SignInPages {

	private final BrowserAccounts accounts;

	private final org.springframework.context.MessageSource messages;

	SignInPages(BrowserAccounts accounts, org.springframework.context.MessageSource messages) {
		this.accounts = accounts;
		this.messages = messages;
	}

	@GetMapping("/signin")
	String signInForm(@RequestParam(required = false) @Nullable String next, Model model) {
		model.addAttribute("next", PageForms.localTarget(next, ""));
		return "identity/signin";
	}

	@PostMapping("/signin")
	Object signIn(@RequestParam(defaultValue = "") String login, @RequestParam(defaultValue = "") String password,
			@RequestParam(required = false) @Nullable String next, HttpServletRequest request, Model model) {
		try {
			BrowserAccounts.Signed signed = this.accounts.signIn(login, password, client(request));
			endPrevious(request);
			PageSessions.start(request, signed);
		}
		catch (ApiException refused) {
			model.addAttribute("login", login);
			model.addAttribute("next", PageForms.localTarget(next, ""));
			model.addAttribute("failed", refused.code());
			return "identity/signin";
		}
		// taken as it is: "{x}" in a search is not a URI template variable
		RedirectView back = new RedirectView(PageForms.localTarget(next, "/collections"), true);
		back.setExpandUriTemplateVariables(false);
		return back;
	}

	@GetMapping("/signup")
	String signUpForm() {
		return "identity/signup";
	}

	@PostMapping("/signup")
	String signUp(@RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String email,
			@RequestParam(defaultValue = "") String password,
			@RequestParam(name = "display_name", required = false) @Nullable String displayName,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		try {
			PageSessions.start(request,
					this.accounts.register(username, email, password, displayName, client(request)));
		}
		catch (ApiException refused) {
			if (!PageForms.aboutInput(refused) && refused.status().value() != 403) {
				throw refused;
			}
			model.addAttribute("username", username);
			model.addAttribute("email", email);
			model.addAttribute("display_name", displayName);
			model.addAttribute("errors", switch (refused.code()) {
				case "USERNAME_TAKEN" -> java.util.Map.of("username", java.util.List.of(refused.getMessage()));
				case "EMAIL_TAKEN" -> java.util.Map.of("email", java.util.List.of(refused.getMessage()));
				default -> PageForms.errors(refused);
			});
			return "identity/signup";
		}
		redirect.addFlashAttribute("flash", text("signup.welcome", request));
		return "redirect:/collections";
	}

	@PostMapping("/signout")
	String signOut(HttpServletRequest request, RedirectAttributes redirect) {
		BrowserAccounts.Signed signed = PageSessions.signed(request);
		if (signed != null) {
			this.accounts.signOut(signed);
		}
		PageSessions.end(request);
		return "redirect:/";
	}

	@GetMapping("/forgot-password")
	String forgotForm() {
		return "identity/forgot";
	}

	@PostMapping("/forgot-password")
	String forgot(@RequestParam(defaultValue = "") String email, Model model) {
		try {
			this.accounts.forgotPassword(email);
		}
		catch (ApiException refused) {
			model.addAttribute("email", email);
			model.addAttribute("errors", PageForms.errors(refused));
			return "identity/forgot";
		}
		model.addAttribute("sent", true);
		return "identity/forgot";
	}

	@GetMapping("/reset-password")
	String resetForm(@RequestParam(defaultValue = "") String token, Model model) {
		model.addAttribute("token", token);
		return "identity/reset";
	}

	@PostMapping("/reset-password")
	String reset(@RequestParam(defaultValue = "") String token,
			@RequestParam(name = "new_password", defaultValue = "") String newPassword, HttpServletRequest request,
			Model model, RedirectAttributes redirect) {
		try {
			this.accounts.resetPassword(token, newPassword);
		}
		catch (ApiException refused) {
			model.addAttribute("token", token);
			model.addAttribute("errors", PageForms.errors(refused));
			return "identity/reset";
		}
		redirect.addFlashAttribute("flash", text("reset.done", request));
		return "redirect:/signin";
	}

	/**
	 * The mailed link only shows a button: mail scanners and link previews fetch links,
	 * and a GET that spent the token would confirm an address nobody read.
	 */
	@GetMapping("/verify-email")
	String confirmVerify(@RequestParam(defaultValue = "") String token, Model model) {
		model.addAttribute("token", token);
		return "identity/verified";
	}

	@PostMapping("/verify-email")
	String verify(@RequestParam(defaultValue = "") String token, Model model) {
		try {
			this.accounts.verifyEmail(token);
			model.addAttribute("verified", true);
		}
		catch (ApiException refused) {
			model.addAttribute("verified", false);
		}
		return "identity/verified";
	}

	/** Signing in over a signed-in browser ends the identity session it stood for. */
	private void endPrevious(HttpServletRequest request) {
		BrowserAccounts.Signed previous = PageSessions.signed(request);
		if (previous != null) {
			this.accounts.signOut(previous);
		}
	}

	private String text(String key, HttpServletRequest request) {
		return this.messages.getMessage(key, null,
				org.springframework.web.servlet.support.RequestContextUtils.getLocale(request));
	}

	static BrowserAccounts.Client client(HttpServletRequest request) {
		return new BrowserAccounts.Client(request.getRemoteAddr(), request.getHeader(HttpHeaders.USER_AGENT));
	}

}
