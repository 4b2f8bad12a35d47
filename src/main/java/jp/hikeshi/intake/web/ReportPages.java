package jp.hikeshi.intake.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import jp.hikeshi.directory.AssetCatalog;
import jp.hikeshi.directory.Categories;
import jp.hikeshi.identity.Actor;
import jp.hikeshi.identity.Actors;
import jp.hikeshi.intake.Channel;
import jp.hikeshi.intake.OccurrencePrecision;
import jp.hikeshi.intake.ReportDesk;
import jp.hikeshi.intake.ReportFilter;
import jp.hikeshi.intake.ReportStatus;
import jp.hikeshi.intake.ReportSubmission;
import jp.hikeshi.intake.ReportView;
import jp.hikeshi.shared.DisplayZone;
import jp.hikeshi.shared.PageRequest;
import jp.hikeshi.shared.RejectedInputException;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The report form, the report list and the report page. */
@Controller
@RequestMapping("/reports")
class ReportPages {

	private final ReportDesk desk;

	private final Actors actors;

	private final Categories categories;

	private final AssetCatalog assets;

	private final Validator validator;

	private final DisplayZone zone;

	private final Clock clock;

	ReportPages(ReportDesk desk, Actors actors, Categories categories, AssetCatalog assets, Validator validator,
			DisplayZone zone, Clock clock) {
		this.desk = desk;
		this.actors = actors;
		this.categories = categories;
		this.assets = assets;
		this.validator = validator;
		this.zone = zone;
		this.clock = clock;
	}

	@ModelAttribute
	void choices(Model model) {
		actors.find().ifPresent(me -> model.addAttribute("categories", categories.all(me.organisation())));
		model.addAttribute("channels", Channel.values());
		model.addAttribute("statuses", ReportStatus.values());
		model.addAttribute("precisions", OccurrencePrecision.values());
	}

	@GetMapping
	String list(@RequestParam(required = false) ReportStatus status, @RequestParam(required = false) String category,
			@RequestParam(required = false) Channel channel,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedFrom,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedTo,
			@RequestParam(required = false) String q, @RequestParam(required = false) Boolean needsReview,
			@RequestParam(required = false) Integer page, HtmxRequest htmx, Model model) {
		ReportFilter filter = new ReportFilter(status, blank(category), channel, receivedFrom, receivedTo, q,
				Boolean.TRUE.equals(needsReview) ? Boolean.TRUE : null);
		model.addAttribute("filter", filter);
		model.addAttribute("reports",
				desk.list(actors.current(), filter, PageRequest.of(page, PageRequest.DEFAULT_SIZE)));
		return htmx.isHtmxRequest() ? "intake/reports :: results" : "intake/reports";
	}

	@GetMapping("/new")
	String newReport(Model model) {
		Actor me = actors.current();
		ReportForm form = new ReportForm();
		var now = zone.toLocal(Instant.now(clock).truncatedTo(ChronoUnit.MINUTES));
		form.setDetectedAt(now);
		form.setReceivedAt(now);
		form.setReporterName(me.displayName());
		model.addAttribute("reportForm", form);
		return form(model, me);
	}

	@PostMapping
	String file(@ModelAttribute("reportForm") ReportForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Actor me = actors.current();
		if (result.hasErrors()) {
			return form(model, me);
		}
		ReportSubmission submission = form.toSubmission(zone);
		for (ConstraintViolation<ReportSubmission> v : validator.validate(submission)) {
			reject(result, v.getPropertyPath().toString(), null, null, v.getMessage());
		}
		if (result.hasErrors()) {
			return form(model, me);
		}
		try {
			ReportView filed = desk.file(me, submission);
			redirect.addFlashAttribute("flash", "report.filed");
			redirect.addFlashAttribute("flashArg", filed.number());
			return "redirect:/reports/" + filed.id();
		}
		catch (RejectedInputException ex) {
			ex.problems().forEach(p -> reject(result, p.field(), p.messageKey(), p.args(), null));
			return form(model, me);
		}
	}

	@GetMapping("/{id}")
	String show(@PathVariable UUID id, Model model) {
		model.addAttribute("report", desk.get(actors.current(), id));
		return "intake/report";
	}

	@PostMapping("/{id}/reviewed")
	String reviewed(@PathVariable UUID id, RedirectAttributes redirect) {
		desk.markReviewed(actors.current(), id);
		redirect.addFlashAttribute("flash", "mailintake.review.recorded");
		return "redirect:/reports/" + id;
	}

	private String form(Model model, Actor me) {
		model.addAttribute("assets", assets.inService(me.organisation()));
		return "intake/report-form";
	}

	/** Field faults on the submission land beside the form field that produced them. */
	private static void reject(BindingResult result, String field, String code, Object[] args, String message) {
		String formField = field.startsWith("affectedPlaces") ? "affectedOther" : field;
		if (result.getModel().containsKey("reportForm") && isFormField(formField)) {
			result.rejectValue(formField, code == null ? "invalid" : code, args, message);
		}
		else {
			result.reject(code == null ? "invalid" : code, args, message);
		}
	}

	private static boolean isFormField(String field) {
		try {
			ReportForm.class.getMethod("get" + Character.toUpperCase(field.charAt(0)) + field.substring(1));
			return true;
		}
		catch (NoSuchMethodException ex) {
			return false;
		}
	}

	private static String blank(String value) {
		return value == null || value.isBlank() ? null : value;
	}

}
