package jp.hikeshi.evidence.web;

import java.io.IOException;
import java.util.UUID;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import jp.hikeshi.evidence.CustodyTransfer;
import jp.hikeshi.evidence.EvidenceKind;
import jp.hikeshi.evidence.EvidenceLocker;
import jp.hikeshi.evidence.EvidenceView;
import jp.hikeshi.evidence.NewEvidence;
import jp.hikeshi.evidence.Observables;
import jp.hikeshi.evidence.Volatility;
import jp.hikeshi.identity.Actor;
import jp.hikeshi.identity.Actors;
import jp.hikeshi.incident.IncidentQueries;
import jp.hikeshi.intake.ReportDesk;
import jp.hikeshi.shared.DisplayZone;
import jp.hikeshi.shared.RejectedInputException;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The evidence pages: an incident's evidence and observables, one item with its custody,
 * the custody sheet.
 */
@Controller
class EvidencePages {

	private final EvidenceLocker locker;

	private final Observables observables;

	private final IncidentQueries incidents;

	private final ReportDesk reports;

	private final Actors actors;

	private final Validator validator;

	private final DisplayZone zone;

	EvidencePages(EvidenceLocker locker, Observables observables, IncidentQueries incidents, ReportDesk reports,
			Actors actors, Validator validator, DisplayZone zone) {
		this.locker = locker;
		this.observables = observables;
		this.incidents = incidents;
		this.reports = reports;
		this.actors = actors;
		this.validator = validator;
		this.zone = zone;
	}

	@GetMapping("/incidents/{incidentId}/evidence")
	String incidentEvidence(@PathVariable UUID incidentId, Model model) {
		if (!model.containsAttribute("evidenceForm")) {
			model.addAttribute("evidenceForm", new EvidenceForm());
		}
		return page(incidentId, model);
	}

	@PostMapping("/incidents/{incidentId}/evidence")
	String register(@PathVariable UUID incidentId, @ModelAttribute("evidenceForm") EvidenceForm form,
			BindingResult result, Model model, RedirectAttributes redirect) throws IOException {
		Actor me = actors.current();
		NewEvidence input = form.toNewEvidence(zone);
		for (ConstraintViolation<NewEvidence> v : validator.validate(input)) {
			result.rejectValue(v.getPropertyPath().toString(), "invalid", v.getMessage());
		}
		if (!result.hasErrors()) {
			try {
				var file = form.getFile();
				EvidenceLocker.Upload upload = file == null || file.isEmpty() ? null : new EvidenceLocker.Upload(
						file.getInputStream(), file.getOriginalFilename(), file.getContentType());
				EvidenceView item = locker.register(me, incidentId, input, upload);
				redirect.addFlashAttribute("flash", "evidence.registered");
				redirect.addFlashAttribute("flashArg", item.number());
				return "redirect:/evidence/" + item.id();
			}
			catch (RejectedInputException ex) {
				ex.problems().forEach(p -> result.rejectValue(p.field(), p.messageKey(), p.args(), null));
			}
		}
		return page(incidentId, model);
	}

	@PostMapping("/incidents/{incidentId}/observables")
	String paste(@PathVariable UUID incidentId, @RequestParam(defaultValue = "") String text,
			RedirectAttributes redirect) {
		redirect.addFlashAttribute("bulk", observables.addPasted(actors.current(), incidentId, text, "web"));
		return "redirect:/incidents/" + incidentId + "/evidence#observables";
	}

	@GetMapping("/evidence/{id}")
	String item(@PathVariable UUID id, Model model) {
		Actor me = actors.current();
		EvidenceView item = locker.get(me, id);
		model.addAttribute("item", item);
		if (item.incidentId() != null) {
			model.addAttribute("incident", incidents.get(me, item.incidentId()));
		}
		else {
			model.addAttribute("report", reports.get(me, item.reportId()));
		}
		model.addAttribute("custody", locker.custody(me, id));
		return "evidence/item";
	}

	/**
	 * The evidence of a report not yet (or never) linked to an incident, e.g. the
	 * original of a mailed report.
	 */
	@GetMapping("/reports/{reportId}/evidence")
	String reportEvidence(@PathVariable UUID reportId, Model model) {
		Actor me = actors.current();
		model.addAttribute("report", reports.get(me, reportId));
		model.addAttribute("items", locker.forReport(me, reportId));
		return "evidence/report-evidence";
	}

	@PostMapping("/evidence/{id}/custody")
	String transfer(@PathVariable UUID id, @RequestParam(defaultValue = "") String toHolder,
			@RequestParam(defaultValue = "") String purpose, @RequestParam(required = false) String location,
			@RequestParam(required = false) Integer correctsPosition, RedirectAttributes redirect) {
		CustodyTransfer transfer = new CustodyTransfer(toHolder, null, purpose, location, correctsPosition);
		if (!validator.validate(transfer).isEmpty()) {
			redirect.addFlashAttribute("custodyError", true);
			return "redirect:/evidence/" + id;
		}
		try {
			locker.transfer(actors.current(), id, transfer);
			redirect.addFlashAttribute("flash", "custody.recorded");
		}
		catch (RejectedInputException ex) {
			redirect.addFlashAttribute("custodyError", true);
		}
		return "redirect:/evidence/" + id;
	}

	@GetMapping("/evidence/{id}/custody-sheet")
	String sheet(@PathVariable UUID id, Model model) {
		item(id, model);
		return "evidence/custody-sheet";
	}

	@GetMapping("/evidence/{id}/download")
	ResponseEntity<StreamingResponseBody> download(@PathVariable UUID id,
			@RequestParam(defaultValue = "false") boolean acceptMismatch) {
		EvidenceLocker.Download download = locker.download(actors.current(), id);
		if (!download.intact() && !acceptMismatch) {
			throw new EvidenceApi.IntegrityMismatch(download.item().sha256(), download.actualSha256());
		}
		return EvidenceApi.attachment(download);
	}

	private String page(UUID incidentId, Model model) {
		Actor me = actors.current();
		model.addAttribute("incident", incidents.get(me, incidentId));
		model.addAttribute("items", locker.forIncident(me, incidentId));
		model.addAttribute("observables", observables.forIncident(me, incidentId));
		model.addAttribute("kinds", EvidenceKind.values());
		model.addAttribute("volatilities", Volatility.collectionOrder());
		return "evidence/incident-evidence";
	}

}
