package jp.hikeshi.identity.web;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jp.hikeshi.identity.Actor;
import jp.hikeshi.identity.Actors;
import jp.hikeshi.identity.Role;
import jp.hikeshi.identity.mfa.MfaPolicy;
import jp.hikeshi.identity.mfa.MultiFactor;
import jp.hikeshi.shared.ConflictingInputException;
import jp.hikeshi.shared.RejectedInputException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The second factor on the pages: enrolling and removing one's own authenticator on the
 * profile page, an administrator's reset of a user's (lost device) and the organisation's
 * policy.
 */
@Controller
class MfaPages {

	private static final String PROFILE = "redirect:/profile#mfa";

	private final MultiFactor multiFactor;

	private final Actors actors;

	MfaPages(MultiFactor multiFactor, Actors actors) {
		this.multiFactor = multiFactor;
		this.actors = actors;
	}

	@PostMapping("/profile/mfa/totp")
	String enrol(RedirectAttributes redirect) {
		try {
			multiFactor.enrol(actors.current());
		}
		catch (ConflictingInputException alreadyEnrolled) {
			redirect.addFlashAttribute("mfaError", "mfa.alreadyEnrolled");
		}
		return PROFILE;
	}

	@PostMapping("/profile/mfa/totp/confirm")
	String confirm(@RequestParam(defaultValue = "") String code, RedirectAttributes redirect) {
		try {
			redirect.addFlashAttribute("recoveryCodes", multiFactor.confirm(actors.current(), code));
		}
		catch (RejectedInputException wrong) {
			redirect.addFlashAttribute("mfaError", wrong.problems().get(0).messageKey());
		}
		return PROFILE;
	}

	@PostMapping("/profile/mfa/totp/remove")
	String remove(@RequestParam(defaultValue = "") String code, RedirectAttributes redirect) {
		Actor me = actors.current();
		if (multiFactor.required(me)) {
			redirect.addFlashAttribute("mfaError", "mfa.requiredByPolicy");
		}
		else if (multiFactor.checkCode(me, code) != MultiFactor.Check.ACCEPTED) {
			redirect.addFlashAttribute("mfaError", "mfa.code.wrong");
		}
		else {
			multiFactor.remove(me);
			redirect.addFlashAttribute("flash", "mfa.removed");
		}
		return PROFILE;
	}

	@PostMapping("/profile/mfa/devices/forget")
	String forgetDevices(RedirectAttributes redirect) {
		multiFactor.forgetDevices(actors.current());
		redirect.addFlashAttribute("flash", "mfa.devicesForgotten");
		return PROFILE;
	}

	@PostMapping("/admin/users/{id}/mfa/reset")
	String reset(@PathVariable UUID id, RedirectAttributes redirect) {
		multiFactor.reset(actors.current(), id);
		redirect.addFlashAttribute("flash", "mfa.resetDone");
		return "redirect:/admin/users/" + id;
	}

	@GetMapping("/admin/mfa")
	String policy(Model model) {
		model.addAttribute("policy", multiFactor.policy(actors.current().organisation()));
		model.addAttribute("allRoles", Role.values());
		model.addAttribute("maxDays", MfaPolicy.MAX_REMEMBER_DAYS);
		return "identity/mfa-policy";
	}

	@PostMapping("/admin/mfa")
	String changePolicy(@RequestParam(required = false) Set<Role> roles,
			@RequestParam(defaultValue = "0") int rememberDays, RedirectAttributes redirect) {
		if (rememberDays < 0 || rememberDays > MfaPolicy.MAX_REMEMBER_DAYS) {
			redirect.addFlashAttribute("mfaError", "mfa.policy.days");
			return "redirect:/admin/mfa";
		}
		multiFactor.changePolicy(actors.current(),
				new MfaPolicy(roles == null ? EnumSet.noneOf(Role.class) : roles, rememberDays));
		redirect.addFlashAttribute("flash", "mfa.policy.saved");
		return "redirect:/admin/mfa";
	}

}
