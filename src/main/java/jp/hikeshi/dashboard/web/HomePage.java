package jp.hikeshi.dashboard.web;

import jp.hikeshi.dashboard.HomeBoard;
import jp.hikeshi.identity.Actors;
import jp.hikeshi.identity.Role;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: the signed-in person's work, by role (see {@link HomeBoard}). */
@Controller
class HomePage {

	private final HomeBoard board;

	private final Actors actors;

	HomePage(HomeBoard board, Actors actors) {
		this.board = board;
		this.actors = actors;
	}

	@GetMapping("/")
	String home(Model model) {
		var me = actors.current();
		model.addAttribute("home", board.of(me, LocaleContextHolder.getLocale()));
		model.addAttribute("vendor", me.has(Role.VENDOR) && !me.seesWholeOrganisation());
		model.addAttribute("staff", me.seesWholeOrganisation());
		return "dashboard/home";
	}

}
