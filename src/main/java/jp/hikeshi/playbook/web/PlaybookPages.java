package jp.hikeshi.playbook.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jp.hikeshi.directory.Categories;
import jp.hikeshi.directory.Category;
import jp.hikeshi.directory.ResponseRole;
import jp.hikeshi.directory.RolePlan;
import jp.hikeshi.identity.Actors;
import jp.hikeshi.incident.IncidentProcess;
import jp.hikeshi.playbook.PlaybookHistoryEntry;
import jp.hikeshi.playbook.PlaybookTask;
import jp.hikeshi.playbook.PlaybookVersion;
import jp.hikeshi.playbook.Playbooks;
import jp.hikeshi.playbook.internal.PlaybookReader;
import jp.hikeshi.shared.NotFoundException;
import jp.hikeshi.shared.OrganisationId;
import jp.hikeshi.shared.RejectedInputException;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The playbook pages: list, a playbook with its rules and tasks, versions, import, edit,
 * export and retire.
 */
@Controller
@RequestMapping("/playbooks")
@PreAuthorize("hasAnyRole('ADMIN','HANDLER','MANAGER')")
class PlaybookPages {

	private final Playbooks playbooks;

	private final Categories categories;

	private final ObjectProvider<RolePlan> rolePlan;

	private final Actors actors;

	private final MessageSource messages;

	PlaybookPages(Playbooks playbooks, Categories categories, ObjectProvider<RolePlan> rolePlan, Actors actors,
			MessageSource messages) {
		this.playbooks = playbooks;
		this.categories = categories;
		this.rolePlan = rolePlan;
		this.actors = actors;
		this.messages = messages;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "false") boolean includeRetired, HtmxRequest htmx, Model model) {
		OrganisationId org = organisation();
		model.addAttribute("playbooks", playbooks.all(org, includeRetired));
		model.addAttribute("includeRetired", includeRetired);
		model.addAttribute("categoryNames", categoryNames(org));
		return htmx.isHtmxRequest() ? "playbook/playbooks :: results" : "playbook/playbooks";
	}

	@GetMapping("/{code}")
	String show(@PathVariable String code, @RequestParam(required = false) Integer version, Model model) {
		OrganisationId org = organisation();
		PlaybookVersion latest = playbooks.newest(org, code).orElseThrow(() -> new NotFoundException("playbook", code));
		PlaybookVersion shown = version == null ? latest : playbooks.version(org, code, version)
			.orElseThrow(() -> new NotFoundException("playbook", code + " v" + version));
		Map<IncidentProcess, List<PlaybookTask>> byProcess = new EnumMap<>(IncidentProcess.class);
		shown.tasks().forEach(t -> byProcess.computeIfAbsent(t.process(), p -> new ArrayList<>()).add(t));
		Map<String, String> dues = new LinkedHashMap<>();
		shown.tasks().stream().filter(t -> t.due() != null).forEach(t -> dues.put(t.key(), due(t.due())));
		model.addAttribute("playbook", shown);
		model.addAttribute("latest", latest);
		model.addAttribute("tasksByProcess", byProcess);
		model.addAttribute("dues", dues);
		model.addAttribute("roleNames", roleNames(org));
		model.addAttribute("categoryNames", categoryNames(org));
		return "playbook/playbook";
	}

	@GetMapping("/{code}/versions")
	String history(@PathVariable String code, Model model) {
		List<PlaybookHistoryEntry> history = playbooks.history(organisation(), code);
		if (history.isEmpty()) {
			throw new NotFoundException("playbook", code);
		}
		model.addAttribute("code", code);
		model.addAttribute("history", history);
		return "playbook/history";
	}

	@GetMapping("/{code}/export")
	ResponseEntity<String> export(@PathVariable String code, @RequestParam(required = false) Integer version) {
		return PlaybookApi.download(playbooks.export(organisation(), code, version));
	}

	@GetMapping("/import")
	@PreAuthorize("hasRole('ADMIN')")
	String importForm(Model model) {
		model.addAttribute("text", "");
		return "playbook/import";
	}

	@PostMapping("/import")
	@PreAuthorize("hasRole('ADMIN')")
	String importDocument(@RequestParam(required = false) MultipartFile file,
			@RequestParam(required = false) String text, Model model, RedirectAttributes redirect) throws IOException {
		String document = text;
		if (file != null && !file.isEmpty()) {
			if (file.getSize() > PlaybookReader.MAX_CHARS * 4L) {
				return rejected("playbook/import", model, "",
						new RejectedInputException("file", "playbook.error.tooLarge", PlaybookReader.MAX_CHARS));
			}
			document = new String(file.getBytes(), StandardCharsets.UTF_8);
		}
		try {
			PlaybookVersion stored = playbooks.importDocument(actors.current(), document);
			return stored(stored, redirect);
		}
		catch (RejectedInputException ex) {
			return rejected("playbook/import", model, document, ex);
		}
	}

	@GetMapping("/{code}/edit")
	@PreAuthorize("hasRole('ADMIN')")
	String editForm(@PathVariable String code, Model model) {
		PlaybookVersion latest = playbooks.newest(organisation(), code)
			.orElseThrow(() -> new NotFoundException("playbook", code));
		model.addAttribute("latest", latest);
		model.addAttribute("text", playbooks.source(organisation(), code, null));
		return "playbook/edit";
	}

	@PostMapping("/{code}/edit")
	@PreAuthorize("hasRole('ADMIN')")
	String edit(@PathVariable String code, @RequestParam String text, @RequestParam int basedOn, Model model,
			RedirectAttributes redirect) {
		try {
			return stored(playbooks.edit(actors.current(), code, text, basedOn), redirect);
		}
		catch (RejectedInputException ex) {
			model.addAttribute("latest", playbooks.newest(organisation(), code).orElseThrow());
			return rejected("playbook/edit", model, text, ex);
		}
	}

	@PostMapping("/{code}/retire")
	@PreAuthorize("hasRole('ADMIN')")
	String retire(@PathVariable String code, RedirectAttributes redirect) {
		playbooks.retire(actors.current(), code);
		redirect.addFlashAttribute("flash", "playbook.flash.retired");
		redirect.addFlashAttribute("flashArg", code);
		return "redirect:/playbooks/" + code;
	}

	@PostMapping("/{code}/restore")
	@PreAuthorize("hasRole('ADMIN')")
	String restore(@PathVariable String code, RedirectAttributes redirect) {
		playbooks.restore(actors.current(), code);
		redirect.addFlashAttribute("flash", "playbook.flash.restored");
		redirect.addFlashAttribute("flashArg", code);
		return "redirect:/playbooks/" + code;
	}

	private static String stored(PlaybookVersion stored, RedirectAttributes redirect) {
		redirect.addFlashAttribute("flash", "playbook.flash.stored");
		redirect.addFlashAttribute("flashArg", stored.code() + " v" + stored.version());
		return "redirect:/playbooks/" + stored.code();
	}

	/**
	 * Shows the form again with the text as submitted and every fault of it; nothing was
	 * stored.
	 */
	private String rejected(String view, Model model, String text, RejectedInputException ex) {
		Locale locale = LocaleContextHolder.getLocale();
		List<Map<String, String>> errors = ex.problems()
			.stream()
			.map(p -> Map.of("field", p.field(), "message",
					messages.getMessage(p.messageKey(), p.args(), p.messageKey(), locale)))
			.toList();
		model.addAttribute("text", text == null ? "" : text);
		model.addAttribute("errors", errors);
		return view;
	}

	private String due(Duration due) {
		Locale locale = LocaleContextHolder.getLocale();
		List<String> parts = new ArrayList<>();
		if (due.toDaysPart() > 0) {
			parts.add(messages.getMessage("playbook.due.days", new Object[] { due.toDaysPart() }, locale));
		}
		if (due.toHoursPart() > 0) {
			parts.add(messages.getMessage("playbook.due.hours", new Object[] { due.toHoursPart() }, locale));
		}
		if (due.toMinutesPart() > 0 || parts.isEmpty()) {
			parts.add(messages.getMessage("playbook.due.minutes", new Object[] { Math.max(1, due.toMinutesPart()) },
					locale));
		}
		return messages.getMessage("playbook.due.after", new Object[] { String.join(" ", parts) }, locale);
	}

	private Map<String, String> categoryNames(OrganisationId org) {
		Locale locale = LocaleContextHolder.getLocale();
		Map<String, String> names = new LinkedHashMap<>();
		for (Category category : categories.all(org)) {
			names.put(category.code(), category.name(locale));
		}
		return names;
	}

	/**
	 * Role names from the organisation's role plan where there is one, else the default
	 * names.
	 */
	private Map<String, String> roleNames(OrganisationId org) {
		Locale locale = LocaleContextHolder.getLocale();
		Map<String, String> names = new LinkedHashMap<>();
		for (String code : List.of(ResponseRole.LEAD, ResponseRole.CONTACT, ResponseRole.SYSADMIN, ResponseRole.VENDOR,
				ResponseRole.PR, ResponseRole.LEGAL, ResponseRole.MANAGEMENT)) {
			names.put(code, messages.getMessage("playbook.role." + code, null, code, locale));
		}
		RolePlan plan = rolePlan.getIfAvailable();
		if (plan != null) {
			plan.roles(org).forEach(role -> names.put(role.code(), role.name(locale)));
		}
		return names;
	}

	private OrganisationId organisation() {
		return actors.current().organisation();
	}

}
