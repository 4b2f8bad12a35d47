package jp.hikeshi.audit.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import jp.hikeshi.audit.AuditCursor;
import jp.hikeshi.audit.AuditSlice;
import jp.hikeshi.audit.AuditTrail;
import jp.hikeshi.audit.AuditVerification;
import jp.hikeshi.shared.CurrentOrganisation;
import jp.hikeshi.shared.DisplayZone;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit trail page: filters, pages by position (newest first), CSV export, print view
 * and chain check.
 */
@Controller
class AuditPages {

	static final int PAGE_SIZE = 50;

	private final AuditTrail trail;

	private final CurrentOrganisation organisation;

	private final AuditLabels labels;

	private final AuditCsv csv;

	private final DisplayZone zone;

	AuditPages(AuditTrail trail, CurrentOrganisation organisation, AuditLabels labels, AuditCsv csv, DisplayZone zone) {
		this.trail = trail;
		this.organisation = organisation;
		this.labels = labels;
		this.csv = csv;
		this.zone = zone;
	}

	@GetMapping("/audit/verify")
	@PreAuthorize("hasAnyRole('ADMIN','MANAGER')")
	String verify(Locale locale, Model model) {
		AuditVerification result = trail.verify();
		model.addAttribute("verification", result);
		model.addAttribute("verificationText", labels.verification(result, locale));
		return "audit/audit :: verification";
	}

	@GetMapping("/audit")
	@PreAuthorize("hasAnyRole('ADMIN','MANAGER')")
	String list(@ModelAttribute("query") AuditQuery query, @RequestParam(required = false) String before,
			@RequestParam(required = false) String after, @RequestParam(required = false) String print,
			HtmxRequest htmx, Locale locale, Model model) {
		AuditSlice slice = trail.slice(organisation.get(), query.filter(zone), AuditCursor.parse(before),
				AuditCursor.parse(after), PAGE_SIZE);
		model.addAttribute("rows", slice.items().stream().map(e -> labels.row(e, locale)).toList());
		model.addAttribute("slice", slice);
		model.addAttribute("actions", labels.actionChoices(locale));
		model.addAttribute("types", labels.typeChoices(locale));
		model.addAttribute("zoneName", zone.zone().getId());
		model.addAttribute("print", print != null);
		model.addAttribute("before", before);
		model.addAttribute("after", after);
		return htmx.isHtmxRequest() ? "audit/audit :: results" : "audit/audit";
	}

	@GetMapping("/audit/export.csv")
	@PreAuthorize("hasAnyRole('ADMIN','MANAGER')")
	void export(@ModelAttribute AuditQuery query, Locale locale, HttpServletResponse response) throws IOException {
		csv.write(organisation.get(), query.filter(zone), locale, response);
	}

}
