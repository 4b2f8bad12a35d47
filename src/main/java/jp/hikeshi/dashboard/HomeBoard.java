package jp.hikeshi.dashboard;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jp.hikeshi.identity.Actor;
import jp.hikeshi.identity.Role;
import jp.hikeshi.incident.IncidentLabel;
import jp.hikeshi.incident.IncidentQueries;
import jp.hikeshi.incident.Involvement;
import jp.hikeshi.intake.ReportDesk;
import jp.hikeshi.intake.ReportFilter;
import jp.hikeshi.intake.ReportStatus;
import jp.hikeshi.intake.ReportSummary;
import jp.hikeshi.reporting.ComingDeadline;
import jp.hikeshi.reporting.ComingDeadlines;
import jp.hikeshi.response.AssignedWork;
import jp.hikeshi.response.WorkItem;
import jp.hikeshi.shared.DisplayZone;
import jp.hikeshi.shared.PageOf;
import jp.hikeshi.shared.PageRequest;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts together someone's home page from the other modules' APIs, by role: handlers,
 * managers and administrators see their tasks, answers to review, legal deadlines, the
 * triage queue, their incidents and the open counts; a VENDOR account its open requests
 * and the incidents shared with its vendor; a REPORTER its own reports. Each part is one
 * or two LIMITed index reads, so the page costs the same at a hundred incidents or a
 * hundred thousand.
 */
@Service
@Transactional(readOnly = true)
public class HomeBoard {

	/** Lines per section: a glance, with a link to the full list. */
	static final int LINES = 10;

	private final AssignedWork work;

	private final ComingDeadlines deadlines;

	private final Involvement involvement;

	private final ReportDesk reports;

	private final IncidentQueries incidents;

	private final MessageSource messages;

	private final DisplayZone zone;

	private final Clock clock;

	HomeBoard(AssignedWork work, ComingDeadlines deadlines, Involvement involvement, ReportDesk reports,
			IncidentQueries incidents, MessageSource messages, DisplayZone zone, Clock clock) {
		this.work = work;
		this.deadlines = deadlines;
		this.involvement = involvement;
		this.reports = reports;
		this.incidents = incidents;
		this.messages = messages;
		this.zone = zone;
		this.clock = clock;
	}

	public HomeView of(Actor me, Locale locale) {
		Instant now = Instant.now(clock);
		boolean staff = me.seesWholeOrganisation();
		List<WorkItem> tasks = work.openFor(me, LINES + 1);
		List<WorkItem> answers = work.answersToReview(me, LINES);
		List<ComingDeadline> coming = deadlines.first(me, LINES);
		Set<UUID> ids = new HashSet<>();
		tasks.forEach(t -> ids.add(t.incidentId()));
		answers.forEach(a -> ids.add(a.incidentId()));
		coming.forEach(d -> ids.add(d.incidentId()));
		Map<UUID, IncidentLabel> labels = involvement.labels(me, ids);

		List<HomeView.TaskLine> taskLines = tasks.stream().limit(LINES).map(t -> task(t, labels, now, locale)).toList();
		List<HomeView.AnswerLine> answerLines = answers.stream()
			.map(a -> new HomeView.AnswerLine(a.id(), a.incidentId(), number(labels, a.incidentId()), a.title(),
					a.assigneeName(), a.updatedAt()))
			.toList();
		List<HomeView.DeadlineLine> deadlineLines = coming.stream().map(d -> deadline(d, labels, now, locale)).toList();
		List<HomeView.IncidentLine> mine = involvement.mine(me, LINES)
			.stream()
			.map(i -> new HomeView.IncidentLine(i.incident().id(), i.incident().number(), i.incident().title(),
					i.incident().priority(), i.incident().state().name(), i.part().name()))
			.toList();
		HomeView.Waiting waiting = null;
		List<HomeView.ReportLine> own = List.of();
		if (staff) {
			PageOf<ReportSummary> page = reports.list(me,
					new ReportFilter(ReportStatus.RECEIVED, null, null, null, null, null), PageRequest.of(0, LINES));
			waiting = new HomeView.Waiting(page.totalItems(), page.items().stream().map(HomeBoard::report).toList());
		}
		else if (!me.has(Role.VENDOR)) {
			own = reports.list(me, ReportFilter.none(), PageRequest.of(0, LINES))
				.items()
				.stream()
				.map(HomeBoard::report)
				.toList();
		}
		Map<String, Long> perPriority = staff ? incidents.openPerPriority(me) : null;
		return new HomeView(taskLines, tasks.size() > LINES, answerLines, deadlineLines, waiting, own, mine,
				perPriority);
	}

	private HomeView.TaskLine task(WorkItem t, Map<UUID, IncidentLabel> labels, Instant now, Locale locale) {
		DueDays due = t.due() == null ? null : DueDays.of(t.due(), now, zone.zone());
		return new HomeView.TaskLine(t.id(), t.incidentId(), number(labels, t.incidentId()), t.title(), t.status(),
				t.due(), due == null ? null : due.lastDay(), due == null ? null : due.days(),
				due != null && due.overdue(), due == null ? null : text(due, locale));
	}

	private HomeView.DeadlineLine deadline(ComingDeadline d, Map<UUID, IncidentLabel> labels, Instant now,
			Locale locale) {
		DueDays due = DueDays.of(d.due(), now, zone.zone());
		IncidentLabel incident = labels.get(d.incidentId());
		return new HomeView.DeadlineLine(d.incidentId(), incident == null ? null : incident.number(),
				incident == null ? null : incident.title(), d.kind().name(),
				messages.getMessage("reporting.obligation." + d.kind().name(), null, d.kind().name(), locale),
				d.status().name(), d.due(), d.lastDay(), lastDay(d.lastDay(), locale), due.days(), due.overdue(),
				text(due, locale));
	}

	/** 「12月2日（水）中」: the day itself, never the next day's 00:00. */
	String lastDay(LocalDate day, Locale locale) {
		String pattern = messages.getMessage("home.lastDay.pattern", null, "yyyy-MM-dd", locale);
		return messages.getMessage("home.lastDay",
				new Object[] { DateTimeFormatter.ofPattern(pattern, locale).format(day) }, locale);
	}

	private String text(DueDays due, Locale locale) {
		return messages.getMessage(due.key(), new Object[] { due.count() }, locale);
	}

	private static String number(Map<UUID, IncidentLabel> labels, UUID incidentId) {
		IncidentLabel label = labels.get(incidentId);
		return label == null ? null : label.number();
	}

	private static HomeView.ReportLine report(ReportSummary r) {
		return new HomeView.ReportLine(r.id(), r.number(), r.status().name(), r.summary(), r.receivedAt());
	}

}
