package jp.hikeshi.identity.web;

import jp.hikeshi.identity.internal.sso.SingleSignOn;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginPage {

	private final SingleSignOn sso;

	LoginPage(SingleSignOn sso) {
		this.sso = sso;
	}

	@GetMapping("/login")
	String login(Model model) {
		model.addAttribute("ssoProviders", sso.loginOptions());
		return "identity/login";
	}

}
