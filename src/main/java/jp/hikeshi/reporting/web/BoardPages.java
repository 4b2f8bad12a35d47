package jp.hikeshi.reporting.web;

import java.util.UUID;

import jp.hikeshi.identity.Actors;
import jp.hikeshi.reporting.MailOutbox;
import jp.hikeshi.reporting.PrivacyDesk;
import jp.hikeshi.shared.PageRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The deadline board across incidents and the outbox of outgoing mail with its retry
 * action.
 */
@Controller
class BoardPages {

	private final PrivacyDesk privacy;

	private final MailOutbox outbox;

	private final Actors actors;

	BoardPages(PrivacyDesk privacy, MailOutbox outbox, Actors actors) {
		this.privacy = privacy;
		this.outbox = outbox;
		this.actors = actors;
	}

	@GetMapping("/deadlines")
	String deadlines(@RequestParam(required = false) Integer page, Model model) {
		model.addAttribute("page", privacy.deadlines(actors.current(), PageRequest.of(page, 50)));
		return "reporting/deadlines";
	}

	@GetMapping("/outbox")
	String outbox(@RequestParam(required = false) String status, @RequestParam(required = false) Integer page,
			Model model) {
		model.addAttribute("page", outbox.messages(actors.current(), status == null || status.isBlank() ? null : status,
				null, PageRequest.of(page, 50)));
		model.addAttribute("status", status);
		return "reporting/outbox";
	}

	@PostMapping("/outbox/{id}/retry")
	String retry(@PathVariable UUID id, RedirectAttributes redirect) {
		outbox.retry(actors.current(), id);
		redirect.addFlashAttribute("flash", "reporting.outbox.retried");
		return "redirect:/outbox";
	}

}
