package jp.hikeshi.response.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jp.hikeshi.audit.AuditEvent;
import jp.hikeshi.identity.Actor;
import jp.hikeshi.identity.Role;
import jp.hikeshi.incident.IncidentTimeline;
import jp.hikeshi.playbook.CompletedBy.Work;
import jp.hikeshi.response.TaskCompletion;
import jp.hikeshi.response.TaskStatus;
import jp.hikeshi.response.TaskStatusChanged;
import jp.hikeshi.response.internal.CompletableTasks.Candidate;
import jp.hikeshi.shared.OrganisationId;
import jp.hikeshi.shared.Phrase;
import jp.hikeshi.shared.Phrases;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Tasks close from the work (issue 16): a recorded piece of work completes the open tasks
 * of its incident that declare it (a vendor's answer leaves them answered), and undoing
 * the work re-opens the tasks that record completed — each change with a note on the
 * task, a line in the incident's handling log in both languages, an audit entry and
 * {@link TaskStatusChanged}. Runs in the transaction of the listener that calls it; a
 * task already moved is left alone, so handling the same event twice changes nothing the
 * second time.
 */
@Component
public class WorkCompletion {

	/** Who the handling log names for changes made by the system. */
	static final UUID SYSTEM = new UUID(0, 0);

	private static final int ATTEMPTS = 3;

	private final WorkLedger ledger;

	private final CompletableTasks tasks;

	private final TaskRecords records;

	private final IncidentTimeline timeline;

	private final Phrases phrases;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	WorkCompletion(WorkLedger ledger, CompletableTasks tasks, TaskRecords records, IncidentTimeline timeline,
			Phrases phrases, ApplicationEventPublisher events, Clock clock) {
		this.ledger = ledger;
		this.tasks = tasks;
		this.records = records;
		this.timeline = timeline;
		this.phrases = phrases;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The work's record stands where the fact says: completes what it meets, re-opens
	 * what it no longer meets.
	 */
	public void recorded(WorkFact fact) {
		Instant now = now();
		if (!ledger.record(fact, now)) {
			return;
		}
		complete(fact, now);
		if (reopen(fact, now) > 0) {
			// another record of the same kind may still meet what the undone one
			// completed
			ledger.of(fact.organisation(), fact.incidentId())
				.stream()
				.filter(f -> f.work() == fact.work() && !f.recordId().equals(fact.recordId()))
				.forEach(f -> complete(f, now));
		}
	}

	/**
	 * A playbook was applied: its new tasks whose work is already recorded are completed
	 * now.
	 */
	public void caughtUp(OrganisationId organisation, UUID incidentId) {
		Instant now = now();
		ledger.of(organisation, incidentId).forEach(f -> complete(f, now));
	}

	private void complete(WorkFact fact, Instant now) {
		TaskStatus to = fact.work() == Work.VENDOR_ANSWER ? TaskStatus.ANSWERED : TaskStatus.DONE;
		String key = to == TaskStatus.DONE ? "task.work.done" : "task.work.answered";
		for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
			boolean stale = false;
			for (Candidate task : tasks.completedBy(fact)) {
				if (tasks.complete(task, to, fact, now)) {
					changed(fact, task, task.status(), to, key, now);
				}
				else {
					// a person changed the task meanwhile: read it again and decide on
					// what it is now
					stale = true;
				}
			}
			if (!stale) {
				return;
			}
		}
	}

	private int reopen(WorkFact fact, Instant now) {
		int reopened = 0;
		for (Candidate task : tasks.undoneBy(fact)) {
			if (tasks.reopen(task, now)) {
				changed(fact, task, task.status(), CompletableTasks.reopenedStatus(task), "task.work.reopened", now);
				reopened++;
			}
		}
		return reopened;
	}

	/**
	 * Says what happened to the task: on the task, in the handling log, in the audit
	 * trail and as an event.
	 */
	private void changed(WorkFact fact, Candidate task, TaskStatus from, TaskStatus to, String key, Instant now) {
		Phrase line = line(key, fact, task);
		records.addNote(task.id(), "Hikeshi", line, now);
		timeline.log(system(fact.organisation()), task.incidentId(), line);
		events.publishEvent(AuditEvent.bySystem(fact.organisation())
			.did(key.equals("task.work.reopened") ? "TASK_REOPENED_BY_WORK" : "TASK_COMPLETED_BY_WORK")
			.on("TASK", task.id())
			.with("line", phrases.render(line, Locale.JAPANESE))
			.with("line_en", phrases.render(line, Locale.ENGLISH))
			.summary(phrases.render(line, Locale.ENGLISH) + " (" + fact.work() + " " + fact.recordId() + ")")
			.at(now));
		events.publishEvent(
				new TaskStatusChanged(fact.organisation(), task.incidentId(), task.id(), task.process(), from, to));
	}

	/**
	 * 「タスク「…」は応急処置（端末の隔離）の実施により完了」: the task's title, the work and what it was done on.
	 */
	private static Phrase line(String key, WorkFact fact, Candidate task) {
		String subjectKey = TaskCompletion.subjectKey(fact.work().name(), fact.subject());
		Phrase work = new Phrase(TaskCompletion.phraseKey(fact.work().name(), fact.state()),
				subjectKey == null ? List.of("") : List.of(Phrase.label(subjectKey, fact.subject())),
				fact.work() + " " + fact.state());
		return Phrase.of(key, task.title(), work);
	}

	private static Actor system(OrganisationId organisation) {
		return new Actor(SYSTEM, AuditEvent.SYSTEM, "Hikeshi", organisation, EnumSet.of(Role.HANDLER), Locale.JAPANESE);
	}

	private Instant now() {
		return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
	}

}
