package jp.hikeshi.response;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jp.hikeshi.audit.AuditEvent;
import jp.hikeshi.directory.AssigneeKind;
import jp.hikeshi.evidence.EvidenceKind;
import jp.hikeshi.evidence.EvidenceLocker;
import jp.hikeshi.evidence.EvidenceView;
import jp.hikeshi.evidence.NewEvidence;
import jp.hikeshi.identity.Actor;
import jp.hikeshi.identity.Permission;
import jp.hikeshi.incident.IncidentQueries;
import jp.hikeshi.response.internal.ResponseRecords;
import jp.hikeshi.response.internal.TaskRecords;
import jp.hikeshi.response.internal.TaskRow;
import jp.hikeshi.shared.OrganisationId;
import jp.hikeshi.shared.Phrase;
import jp.hikeshi.shared.RejectedInputException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Requests to vendors and what comes of them (RES-1, RES-2): a vendor's answer with its
 * files, kept as evidence items linked to the request, and the response policy (対応方針)
 * decided on the findings, revision after revision.
 */
@Service
@Transactional
public class VendorRequests {

	private final TaskViews views;

	private final TaskRecords tasks;

	private final ResponseRecords records;

	private final EvidenceLocker evidence;

	private final IncidentQueries incidents;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	VendorRequests(TaskViews views, TaskRecords tasks, ResponseRecords records, EvidenceLocker evidence,
			IncidentQueries incidents, ApplicationEventPublisher events, Clock clock) {
		this.views = views;
		this.tasks = tasks;
		this.records = records;
		this.evidence = evidence;
		this.incidents = incidents;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Records the vendor's answer to a request: its text and its files, each registered
	 * as an evidence item of the incident (SHA-256, custody) collected by the vendor and
	 * linked to the task. Handlers may record an answer the vendor sent another way.
	 * {@code kind} is the kind of evidence the files are (a document when not given).
	 */
	public TaskView answer(Actor by, UUID taskId, String text, EvidenceKind kind, List<EvidenceLocker.Upload> files) {
		TaskRow task = views.visible(by, taskId);
		if (task.assignee() == null || task.assignee().kind() != AssigneeKind.VENDOR) {
			throw new RejectedInputException("taskId", "request.notVendor");
		}
		if (!Permission.CHANGE.grantedTo(by) && by.seesWholeOrganisation()) {
			throw new AccessDeniedException("managers read requests");
		}
		String answer = text == null ? "" : text.strip();
		if (answer.isEmpty() && files.isEmpty()) {
			throw new RejectedInputException("text", "request.answer.required");
		}
		if (answer.length() > 8000) {
			throw new RejectedInputException("text", "validation.size.max", 8000);
		}
		Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
		String vendorName = task.assignee().name();
		List<TaskView.AnswerFile> stored = new ArrayList<>();
		for (EvidenceLocker.Upload file : files) {
			String name = file.fileName() == null || file.fileName().isBlank() ? "file" : file.fileName();
			NewEvidence received = NewEvidence.of(kind == null ? EvidenceKind.DOCUMENT : kind, title(name, task))
				.withCollectedBy(vendorName + " / " + by.displayName())
				.withCollectedAt(now)
				.withNotes(task.requirement() == null ? null : task.requirement() + " " + task.title().ja());
			EvidenceView item = evidence.receive(by, task.incidentId(), taskId, received, file);
			stored.add(new TaskView.AnswerFile(item.id(), item.number(), item.fileName(), item.sha256()));
		}
		UUID answerId = UUID.randomUUID();
		records.insertAnswer(answerId, taskId, task.incidentId(), answer, task.assignee().id(), by.id(),
				by.displayName(), now, stored);
		tasks.addNote(taskId, by.displayName(), stored.isEmpty() ? Phrase.of("task.answered.note")
				: Phrase.of("task.answered.noteWithFiles", stored.size()), now);
		events.publishEvent(AuditEvent.by(by)
			.did("REQUEST_ANSWERED")
			.on("TASK", taskId)
			.with("vendor", vendorName)
			.with("count", stored.size())
			.summary(
					vendorName + ": " + stored.stream().map(f -> f.evidenceNumber() + " sha256=" + f.sha256()).toList())
			.at(now));
		TaskRow answered = answered(task, now);
		events.publishEvent(new RequestAnswered(by.organisation(), task.incidentId(), taskId, by.id()));
		return views.one(answered);
	}

	/**
	 * An answer always leaves its request answered (回答済み), for the task's owner to
	 * review.
	 */
	private TaskRow answered(TaskRow task, Instant now) {
		if (task.status() == TaskStatus.ANSWERED) {
			return task;
		}
		TaskRow answered = task.with(TaskStatus.ANSWERED, null, task.assignee(), task.due(), now);
		if (!tasks.update(answered)) {
			throw new OptimisticLockingFailureException("task " + task.id() + " was changed while it was answered");
		}
		tasks.forgetCompletingRecord(task.id());
		events.publishEvent(new TaskStatusChanged(new OrganisationId(task.organisationId()), task.incidentId(),
				task.id(), task.process().name(), task.status(), TaskStatus.ANSWERED));
		return answered;
	}

	/** The vendors' answers on the incident, to pick the findings a decision rests on. */
	@Transactional(readOnly = true)
	public List<Decision.Finding> findings(Actor by, UUID incidentId) {
		incidents.get(by, incidentId);
		return records.findings(incidentId);
	}

	/**
	 * Records a new revision of the response policy resting on the given answers of the
	 * incident (RES-1).
	 */
	public Decision decide(Actor by, UUID incidentId, String policy, List<UUID> answerIds) {
		Permission.CHANGE.demand(by);
		incidents.get(by, incidentId);
		if (policy == null || policy.isBlank()) {
			throw new RejectedInputException("policy", "decision.policy.required");
		}
		if (policy.strip().length() > 8000) {
			throw new RejectedInputException("policy", "validation.size.max", 8000);
		}
		Set<UUID> known = new LinkedHashSet<>(
				records.findings(incidentId).stream().map(Decision.Finding::answerId).toList());
		List<UUID> findings = answerIds == null ? List.of() : answerIds.stream().distinct().toList();
		for (UUID id : findings) {
			if (!known.contains(id)) {
				throw new RejectedInputException("findings", "decision.finding.unknown", id);
			}
		}
		Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
		UUID id = UUID.randomUUID();
		int revision = records.nextRevision(incidentId);
		try {
			records.insertDecision(id, by.organisation().value(), incidentId, revision, policy.strip(),
					by.displayName(), now, findings);
		}
		catch (DuplicateKeyException concurrent) {
			// someone recorded the same revision number a moment earlier: the caller
			// re-reads and decides again (409)
			throw new OptimisticLockingFailureException(
					"response policy revision " + revision + " was recorded concurrently", concurrent);
		}
		events.publishEvent(AuditEvent.by(by)
			.did("RESPONSE_POLICY_DECIDED")
			.on("INCIDENT", incidentId)
			.with("revision", revision)
			.with("count", findings.size())
			.with("policy", policy.strip())
			.summary("rev " + revision + " on " + findings.size() + " finding(s): " + policy.strip())
			.at(now));
		return records.decisions(incidentId).stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow();
	}

	@Transactional(readOnly = true)
	public List<Decision> decisions(Actor by, UUID incidentId) {
		incidents.get(by, incidentId);
		return records.decisions(incidentId);
	}

	private static String title(String fileName, TaskRow task) {
		String title = fileName + " — " + task.title().ja();
		return title.length() > 200 ? title.substring(0, 200) : title;
	}

}
