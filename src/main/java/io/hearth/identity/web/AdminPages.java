package io.hearth.identity.web;

import java.util.UUID;

import io.hearth.identity.BrowserAccounts;
import io.hearth.identity.Role;
import io.hearth.identity.UserStatus;
import io.hearth.platform.ApiException;
import io.hearth.platform.PageController;
import io.hearth.platform.PageForms;
import org.jspecify.annotations.Nullable;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin's users page: find a user, change their role, disable or enable them, end
 * their sessions. The admin API's use cases, role-checked there as well as by URL.
 */
@PageController
@RequestMapping("/admin/users")
class AdminPages {

	private final BrowserAccounts accounts;

	AdminPages(BrowserAccounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping
	String users(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "1") int page, Model model) {
		model.addAttribute("q", q);
		model.addAttribute("page", this.accounts.users(q, PageForms.page(page, 25)));
		model.addAttribute("roles", Role.values());
		return "admin/users";
	}

	@PostMapping("/{id}")
	String change(@PathVariable UUID id, @RequestParam(required = false) @Nullable String role,
			@RequestParam(required = false) @Nullable String status, @RequestParam(defaultValue = "0") long version,
			RedirectAttributes redirect) {
		try {
			this.accounts.administer(id, parse(Role.class, role), parse(UserStatus.class, status), version);
		}
		catch (ApiException refused) {
			if (refused.status().is5xxServerError() || refused.status().value() == 404) {
				throw refused;
			}
			redirect.addFlashAttribute("flash", refused.getMessage());
		}
		return "redirect:/admin/users";
	}

	@PostMapping("/{id}/sessions/revoke")
	String endSessions(@PathVariable UUID id) {
		this.accounts.endSessionsOf(id);
		return "redirect:/admin/users";
	}

	private static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(java.util.Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw ApiException.invalid("value", "is not one of " + java.util.Arrays.toString(type.getEnumConstants()));
		}
	}

}
