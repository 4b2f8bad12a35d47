package jp.hikeshi.dashboard.web;

import jp.hikeshi.identity.Actors;
import jp.hikeshi.incident.IncidentDesk;
import jp.hikeshi.intake.ReportDesk;
import jp.hikeshi.intake.ReportFilter;
import jp.hikeshi.intake.ReportStatus;
import jp.hikeshi.shared.PageRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: what waits at the desk, and how many incidents are open at each priority. */
@Controller
class HomePage {

	private final ReportDesk desk;
	private final IncidentDesk incidents;
	private final Actors actors;

	HomePage(ReportDesk desk, IncidentDesk incidents, Actors actors) {
		this.desk = desk;
		this.incidents = incidents;
		this.actors = actors;
	}

	@GetMapping("/")
	String home(Model model) {
		var me = actors.current();
		model.addAttribute("waiting", desk.list(me, new ReportFilter(ReportStatus.RECEIVED, null, null, null, null, null),
				PageRequest.of(0, 10)));
		if (me.seesWholeOrganisation()) {
			model.addAttribute("openPerPriority", incidents.openPerPriority(me));
		}
		return "dashboard/home";
	}
}
