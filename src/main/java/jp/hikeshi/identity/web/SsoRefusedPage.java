package jp.hikeshi.identity.web;

import jp.hikeshi.identity.internal.sso.SingleSignOn;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Tells a person the directory or provider knows, but no mapping lets in, why they cannot
 * enter and whom to ask.
 */
@Controller
class SsoRefusedPage {

	@GetMapping(SingleSignOn.REFUSED_PAGE)
	String refused() {
		return "identity/sso-refused";
	}

}
