package io.hearth.club;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.hearth.identity.Caller;
import io.hearth.platform.PageController;
import io.hearth.platform.PageForms;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The staff's notification queue: filtered by status, a failed one retried. */
@PageController
@RequestMapping("/club/staff")
class ClubStaffQueuePages {

	private final MemberInbox inbox;

	private final ClubPageFrame frame;

	ClubStaffQueuePages(MemberInbox inbox, ClubPageFrame frame) {
		this.inbox = inbox;
		this.frame = frame;
	}

	@GetMapping("/notifications")
	String notifications(Caller caller, @RequestParam(required = false) @Nullable String status,
			@RequestParam(defaultValue = "1") int page, Locale locale, HttpServletRequest request, Model model) {
		this.frame.common(caller, locale, request, model);
		ClubNotification.Status wanted = null;
		if (status != null && !status.isBlank()) {
			try {
				wanted = ClubNotification.Status.of(status.strip());
			}
			catch (IllegalArgumentException ex) {
				wanted = null;
			}
		}
		model.addAttribute("queue", this.inbox.queue(caller, wanted, PageForms.page(page, 50)));
		model.addAttribute("status", (wanted != null) ? wanted.value() : null);
		model.addAttribute("statuses", List.of("pending", "queued", "sent", "failed", "cancelled"));
		return "club/staff-queue";
	}

	@PostMapping("/notifications/{id}/retry")
	String retry(Caller caller, @PathVariable UUID id, RedirectAttributes redirect) {
		this.inbox.retry(caller, id);
		redirect.addFlashAttribute("flashKey", "club.saved");
		return "redirect:/club/staff/notifications";
	}

}
