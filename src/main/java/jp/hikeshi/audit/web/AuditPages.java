package jp.hikeshi.audit.web;

import jp.hikeshi.audit.AuditTrail;
import jp.hikeshi.shared.CurrentOrganisation;
import jp.hikeshi.shared.PageRequest;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit trail page. */
@Controller
class AuditPages {

	private final AuditTrail trail;
	private final CurrentOrganisation organisation;

	AuditPages(AuditTrail trail, CurrentOrganisation organisation) {
		this.trail = trail;
		this.organisation = organisation;
	}

	@GetMapping("/audit/verify")
	@PreAuthorize("hasAnyRole('ADMIN','MANAGER')")
	String verify(Model model) {
		model.addAttribute("verification", trail.verify());
		return "audit/audit :: verification";
	}

	@GetMapping("/audit")
	@PreAuthorize("hasAnyRole('ADMIN','MANAGER')")
	String list(@RequestParam(required = false) String objectType, @RequestParam(required = false) String objectId,
			@RequestParam(required = false) String actor, @RequestParam(required = false) Integer page,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		model.addAttribute("entries", trail.page(organisation.get(), objectType, objectId, actor,
				PageRequest.of(page, 50)));
		model.addAttribute("objectType", objectType);
		model.addAttribute("objectId", objectId);
		model.addAttribute("actor", actor);
		return htmx != null ? "audit/audit :: results" : "audit/audit";
	}
}
