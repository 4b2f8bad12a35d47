package jp.hikeshi.identity.web;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import jp.hikeshi.identity.mfa.MfaSignIn;
import jp.hikeshi.identity.mfa.MultiFactor;
import jp.hikeshi.shared.RejectedInputException;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The second step of signing in: a code (or a recovery code), or the enrolment the
 * organisation requires.
 */
@Controller
@RequestMapping(MfaSignIn.PAGE)
class MfaSignInPage {

	private final MfaSignIn signIn;

	private final MultiFactor multiFactor;

	MfaSignInPage(MfaSignIn signIn, MultiFactor multiFactor) {
		this.signIn = signIn;
		this.multiFactor = multiFactor;
	}

	@GetMapping
	String page(Model model) {
		Optional<MfaSignIn.Held> held = signIn.held();
		if (held.isEmpty()) {
			return "redirect:/login";
		}
		MfaSignIn.Held h = held.get();
		if (h.enrolled()) {
			return "identity/mfa-continue";
		}
		if (h.mustEnrol()) {
			model.addAttribute("enrolment",
					multiFactor.pendingEnrolment(h.actor()).orElseGet(() -> multiFactor.enrol(h.actor())));
			return "identity/mfa-enrol";
		}
		model.addAttribute("rememberDays", h.rememberDays());
		return "identity/mfa-code";
	}

	@PostMapping
	String code(@RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "false") boolean remember,
			HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
		Optional<MfaSignIn.Held> held = signIn.held().filter(h -> !h.mustEnrol() && !h.enrolled());
		if (held.isEmpty()) {
			return "redirect:/login";
		}
		return answer(multiFactor.checkCode(held.get().actor(), code), held.get(), remember, request, response);
	}

	@PostMapping("/recovery")
	String recovery(@RequestParam(defaultValue = "") String recoveryCode,
			@RequestParam(defaultValue = "false") boolean remember, HttpServletRequest request,
			HttpServletResponse response) throws IOException, ServletException {
		Optional<MfaSignIn.Held> held = signIn.held().filter(h -> !h.mustEnrol() && !h.enrolled());
		if (held.isEmpty()) {
			return "redirect:/login";
		}
		return answer(multiFactor.checkRecoveryCode(held.get().actor(), recoveryCode), held.get(), remember, request,
				response);
	}

	@PostMapping("/enrol")
	String enrol(@RequestParam(defaultValue = "") String code, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		Optional<MfaSignIn.Held> held = signIn.held().filter(MfaSignIn.Held::mustEnrol);
		if (held.isEmpty()) {
			return "redirect:/login";
		}
		List<String> codes;
		try {
			codes = multiFactor.confirm(held.get().actor(), code);
		}
		catch (RejectedInputException wrong) {
			return "redirect:" + MfaSignIn.PAGE + "?error";
		}
		held.get().markEnrolled(request, response);
		model.addAttribute("recoveryCodes", codes);
		return "identity/mfa-continue";
	}

	@PostMapping("/continue")
	String proceed(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
		Optional<MfaSignIn.Held> held = signIn.held().filter(MfaSignIn.Held::enrolled);
		if (held.isEmpty()) {
			return "redirect:/login";
		}
		held.get().complete(false, request, response);
		return null;
	}

	private String answer(MultiFactor.Check check, MfaSignIn.Held held, boolean remember, HttpServletRequest request,
			HttpServletResponse response) throws IOException, ServletException {
		switch (check) {
			case ACCEPTED -> {
				held.complete(remember, request, response);
				return null;
			}
			case LOCKED -> {
				SecurityContextHolder.clearContext();
				request.getSession().invalidate();
				return "redirect:/login?locked";
			}
			default -> {
				return "redirect:" + MfaSignIn.PAGE + "?error";
			}
		}
	}

}
