package jp.hikeshi.mailintake.web;

import jp.hikeshi.identity.Actors;
import jp.hikeshi.mailintake.MailIntake;
import jp.hikeshi.mailintake.PollOutcome;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's page of mail intake: settings, last poll, and "poll now". */
@Controller
class MailIntakePage {

	private final MailIntake intake;

	private final Actors actors;

	MailIntakePage(MailIntake intake, Actors actors) {
		this.intake = intake;
		this.actors = actors;
	}

	@GetMapping("/admin/mail-intake")
	String show(Model model) {
		model.addAttribute("status", intake.status(actors.current()));
		return "mailintake/status";
	}

	@PostMapping("/admin/mail-intake/poll")
	String poll(RedirectAttributes redirect) {
		PollOutcome outcome = intake.pollNow(actors.current());
		redirect.addFlashAttribute("outcome", outcome);
		return "redirect:/admin/mail-intake";
	}

}
