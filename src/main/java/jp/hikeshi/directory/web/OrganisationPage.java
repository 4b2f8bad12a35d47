package jp.hikeshi.directory.web;

import jp.hikeshi.directory.OrganisationSettings;
import jp.hikeshi.identity.Actors;
import jp.hikeshi.shared.RejectedInputException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's page for the organisation's name and kind. */
@Controller
class OrganisationPage {

	private final OrganisationSettings settings;

	private final Actors actors;

	OrganisationPage(OrganisationSettings settings, Actors actors) {
		this.settings = settings;
		this.actors = actors;
	}

	@GetMapping("/admin/organisation")
	String show(Model model) {
		model.addAttribute("organisation", settings.get(actors.current().organisation()));
		return "directory/organisation";
	}

	@PostMapping("/admin/organisation")
	String change(@RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "false") boolean publicBody, RedirectAttributes redirect, Model model) {
		try {
			settings.change(actors.current(), new OrganisationSettings.Settings(name, publicBody));
			redirect.addFlashAttribute("flash", "organisation.saved");
			return "redirect:/admin/organisation";
		}
		catch (RejectedInputException ex) {
			model.addAttribute("organisation", new OrganisationSettings.Settings(name, publicBody));
			model.addAttribute("nameError", true);
			return "directory/organisation";
		}
	}

}
