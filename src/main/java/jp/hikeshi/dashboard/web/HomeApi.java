package jp.hikeshi.dashboard.web;

import jp.hikeshi.dashboard.HomeBoard;
import jp.hikeshi.dashboard.HomeView;
import jp.hikeshi.identity.Actors;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The home page's content for the caller as JSON (GEN-2, RES-1, REP-3). */
@RestController
@Tag(name = "home",
		description = "The caller's work: tasks, answers to review, legal deadlines, reports, incidents / ホーム")
class HomeApi {

	private final HomeBoard board;

	private final Actors actors;

	HomeApi(HomeBoard board, Actors actors) {
		this.board = board;
		this.actors = actors;
	}

	@GetMapping("/api/v1/home")
	@Operation(summary = "The caller's home page as JSON, by role",
			description = """
					myTasks: the caller's open tasks (a VENDOR account: its vendor's requests), overdue first then by due, at most 10
					(moreTasks: there are more), each with id, incidentId, due, lastDay, days (to the last day in the display zone,
					negative once past), overdue and daysText (「あと 2 日」「今日まで」「3 日超過」); answersToReview: requests in status
					ANSWERED (handlers and administrators); deadlines: open legal obligations, the one due first on top, with
					incidentId, kind and kindLabel, due (the exclusive end, 00:00 of the next day), lastDay (the day it must be met by,
					e.g. 2026-12-02 for a due of 2026-12-03T00:00+09:00), lastDayText (「12月2日（水）中」), daysRemaining and overdue;
					reportsWaiting: reports waiting for triage (staff; null otherwise); myReports: a REPORTER's own reports with their
					status; myIncidents: open incidents the caller commands or handles, or shared with a VENDOR's vendor;
					openPerPriority: open incidents per priority (staff; null otherwise). Texts follow Accept-Language.""")
	HomeView home() {
		return board.of(actors.current(), LocaleContextHolder.getLocale());
	}

}
