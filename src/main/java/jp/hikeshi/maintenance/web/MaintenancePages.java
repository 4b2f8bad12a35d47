package jp.hikeshi.maintenance.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jp.hikeshi.directory.AssetCatalog;
import jp.hikeshi.directory.AssetKind;
import jp.hikeshi.identity.Actor;
import jp.hikeshi.identity.Actors;
import jp.hikeshi.maintenance.CheckRun;
import jp.hikeshi.maintenance.CheckView;
import jp.hikeshi.maintenance.CriterionInput;
import jp.hikeshi.maintenance.CriterionView;
import jp.hikeshi.maintenance.Frequency;
import jp.hikeshi.maintenance.MaintenanceCriteria;
import jp.hikeshi.maintenance.MaintenanceLog;
import jp.hikeshi.maintenance.Outcome;
import jp.hikeshi.maintenance.ResultInput;
import jp.hikeshi.shared.NotFoundException;
import jp.hikeshi.shared.PageRequest;
import jp.hikeshi.shared.RejectedInputException;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Overdue checks and criteria (with the form to add one), and per asset the check form
 * and the history.
 */
@Controller
@RequestMapping("/maintenance")
@PreAuthorize("hasAnyRole('ADMIN','HANDLER','MANAGER','VENDOR')")
class MaintenancePages {

	private final MaintenanceLog log;

	private final MaintenanceCriteria criteria;

	private final AssetCatalog assets;

	private final Actors actors;

	MaintenancePages(MaintenanceLog log, MaintenanceCriteria criteria, AssetCatalog assets, Actors actors) {
		this.log = log;
		this.criteria = criteria;
		this.assets = assets;
		this.actors = actors;
	}

	@GetMapping
	String overview(Model model) {
		Actor me = actors.current();
		model.addAttribute("overdue", log.overdue(me));
		model.addAttribute("criteria", criteria.criteria(me, null));
		model.addAttribute("assets", assets.inService(me.organisation()));
		model.addAttribute("kinds", AssetKind.values());
		model.addAttribute("frequencies", Frequency.values());
		return "maintenance/overview";
	}

	@PostMapping("/criteria")
	@PreAuthorize("hasAnyRole('ADMIN','HANDLER')")
	String define(@RequestParam(required = false) UUID assetId, @RequestParam(required = false) AssetKind assetKind,
			@RequestParam(required = false) String name, @RequestParam(required = false) String checkedItem,
			@RequestParam(required = false) String threshold, @RequestParam(required = false) Frequency frequency,
			@RequestParam(required = false) String vendorName, @RequestParam(required = false) UUID vendorUserId,
			RedirectAttributes redirect) {
		if (blank(name) || blank(checkedItem) || blank(threshold) || frequency == null || blank(vendorName)) {
			redirect.addFlashAttribute("flash", blank(name) ? "maintenance.name.required"
					: blank(checkedItem) ? "maintenance.checkedItem.required" : blank(threshold)
							? "maintenance.threshold.required"
							: frequency == null ? "maintenance.frequency.required" : "maintenance.vendorName.required");
			return "redirect:/maintenance";
		}
		try {
			CriterionView view = criteria.define(actors.current(), new CriterionInput(assetId, assetKind, name,
					checkedItem, threshold, frequency, vendorName, vendorUserId));
			redirect.addFlashAttribute("flash", "maintenance.defined");
			redirect.addFlashAttribute("flashArg", view.name());
		}
		catch (RejectedInputException ex) {
			refused(ex, redirect);
		}
		return "redirect:/maintenance";
	}

	@GetMapping("/assets/{assetId}")
	String asset(@PathVariable UUID assetId, @RequestParam(required = false) Integer page, Model model) {
		Actor me = actors.current();
		model.addAttribute("asset",
				assets.find(me.organisation(), assetId).orElseThrow(() -> new NotFoundException("asset", assetId)));
		model.addAttribute("criteria", criteria.criteria(me, assetId));
		model.addAttribute("outcomes", Outcome.values());
		model.addAttribute("history", log.history(me, assetId, PageRequest.of(page, PageRequest.DEFAULT_SIZE)));
		return "maintenance/asset";
	}

	@PostMapping("/assets/{assetId}/checks")
	@PreAuthorize("hasAnyRole('ADMIN','HANDLER','VENDOR')")
	String record(@PathVariable UUID assetId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate checkedOn,
			@RequestParam(required = false) String note,
			@RequestParam(name = "criterionId", required = false) List<UUID> criteria,
			@RequestParam(name = "outcome", required = false) List<String> outcomes,
			@RequestParam(name = "value", required = false) List<String> values,
			@RequestParam(name = "resultNote", required = false) List<String> notes, RedirectAttributes redirect) {
		List<ResultInput> results = new ArrayList<>();
		for (int i = 0; criteria != null && i < criteria.size(); i++) {
			String outcome = at(outcomes, i);
			results.add(new ResultInput(criteria.get(i), blank(outcome) ? null : Outcome.valueOf(outcome),
					at(values, i), at(notes, i)));
		}
		try {
			CheckView check = log.record(actors.current(), new CheckRun(assetId, checkedOn, note, results));
			redirect.addFlashAttribute("flash", "maintenance.recorded");
			redirect.addFlashAttribute("flashArg", check.anomalies());
		}
		catch (RejectedInputException ex) {
			refused(ex, redirect);
		}
		return "redirect:/maintenance/assets/" + assetId;
	}

	private static void refused(RejectedInputException ex, RedirectAttributes redirect) {
		var problem = ex.problems().get(0);
		redirect.addFlashAttribute("flash", problem.messageKey());
		redirect.addFlashAttribute("flashArg", problem.args().length == 0 ? null : problem.args()[0]);
	}

	private static String at(List<String> list, int i) {
		return list == null || i >= list.size() ? null : list.get(i);
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
