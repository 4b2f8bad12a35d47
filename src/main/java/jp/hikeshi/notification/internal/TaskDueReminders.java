package jp.hikeshi.notification.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jp.hikeshi.incident.IncidentQueries;
import jp.hikeshi.incident.IncidentView;
import jp.hikeshi.notification.NotificationKind;
import jp.hikeshi.response.TaskDeadlines.DueTask;
import jp.hikeshi.response.TaskDeadlines;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminds people of open tasks: within 24 hours of the due date the assignee and the
 * incident's commander, and once it has passed the assignee, with an escalation to the
 * commander. It runs under a database lease (one instance at a time), and each reminder
 * row is written with its notices in one transaction under a primary key of (task,
 * threshold, due date), so each reminder goes out once; moving the due date reminds
 * again. Tasks overdue for more than a week when first seen are not reminded.
 */
@Component
public class TaskDueReminders {

	static final String JOB = "task-due-reminders";
	static final Duration SOON = Duration.ofHours(24);
	static final Duration LOOKBACK = Duration.ofDays(7);

	private static final int BATCH = 500;

	private static final Logger log = LoggerFactory.getLogger(TaskDueReminders.class);

	private final TaskDeadlines deadlines;

	private final IncidentQueries incidents;

	private final Recipients recipients;

	private final Notifier notifier;

	private final NotificationRecords records;

	private final TransactionTemplate transaction;

	private final Duration lease;

	private final String holder = "reminders-" + UUID.randomUUID();

	private final Clock clock;

	TaskDueReminders(TaskDeadlines deadlines, IncidentQueries incidents, Recipients recipients, Notifier notifier,
			NotificationRecords records, PlatformTransactionManager transactions, NotificationProperties settings,
			Clock clock) {
		this.deadlines = deadlines;
		this.incidents = incidents;
		this.recipients = recipients;
		this.notifier = notifier;
		this.records = records;
		this.transaction = new TransactionTemplate(transactions);
		this.lease = settings.reminders().lease();
		this.clock = clock;
	}

	/**
	 * Sends the reminders due now; returns how many (task, threshold) pairs were
	 * reminded, 0 when another run holds the lease.
	 */
	public int remind() {
		Instant now = Instant.now(clock);
		if (!records.lock(JOB, holder, now, now.plus(lease))) {
			return 0;
		}
		try {
			int reminded = 0;
			for (DueTask task : deadlines.openDueBetween(now.minus(LOOKBACK), now.plus(SOON), BATCH)) {
				try {
					reminded += Boolean.TRUE.equals(transaction.execute(status -> remindOnce(task, now))) ? 1 : 0;
				}
				catch (DataIntegrityViolationException | ConcurrencyFailureException raced) {
					log.debug("reminder of task {} taken by another run", task.taskId());
				}
			}
			return reminded;
		}
		finally {
			records.unlock(JOB, holder);
		}
	}

	private boolean remindOnce(DueTask task, Instant now) {
		boolean overdue = !task.due().isAfter(now);
		if (!records.firstReminder(task.organisation().value(), task.taskId(), overdue ? "OVERDUE" : "DUE_SOON",
				task.due(), now)) {
			return false;
		}
		IncidentView incident = incidents.get(Recipients.system(task.organisation()), task.incidentId());
		if (incident.closedAt() != null) {
			// a task left open on a closed incident is nobody's work any more
			return false;
		}
		UUID commander = incident.commander() == null ? null : incident.commander().id();
		List<UUID> assignees = recipients.usersOf(task.organisation(), task.assignee());
		Map<String, String> params = TaskNotices.params(incident, task.title());
		params.put("due", task.due().toString());
		String link = "/tasks/" + task.taskId();
		String key = ":" + task.taskId() + ":" + task.due().getEpochSecond();
		NotificationKind kind = overdue ? NotificationKind.TASK_OVERDUE : NotificationKind.TASK_DUE_SOON;
		Notifier.Notice notice = new Notifier.Notice(task.organisation(), kind, params, link,
				kind.name().toLowerCase(Locale.ROOT) + key);
		recipients.vendorAddress(task.organisation(), task.assignee())
			.ifPresent(address -> notifier.mail(notice, address, Locale.JAPANESE));
		if (!overdue) {
			notifier.tell(notice, commander == null ? assignees : concat(assignees, commander));
		}
		else {
			notifier.tell(notice, assignees);
			if (commander != null && !assignees.contains(commander)) {
				params.put("assignee", task.assignee() == null ? "—" : task.assignee().name());
				notifier.tell(new Notifier.Notice(task.organisation(), NotificationKind.TASK_ESCALATED, params, link,
						"task_escalated" + key), List.of(commander));
			}
		}
		return true;
	}

	private static List<UUID> concat(List<UUID> users, UUID one) {
		return java.util.stream.Stream.concat(users.stream(), java.util.stream.Stream.of(one)).toList();
	}

}
