package jp.hikeshi.response;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jp.hikeshi.audit.AuditEvent;
import jp.hikeshi.directory.Assignee;
import jp.hikeshi.directory.AssigneeKind;
import jp.hikeshi.directory.ResponseRole;
import jp.hikeshi.directory.RolePlan;
import jp.hikeshi.directory.Vendors;
import jp.hikeshi.identity.Actor;
import jp.hikeshi.identity.Permission;
import jp.hikeshi.identity.Role;
import jp.hikeshi.incident.IncidentProcess;
import jp.hikeshi.incident.IncidentQueries;
import jp.hikeshi.incident.IncidentSharing;
import jp.hikeshi.playbook.PlaybookLibrary;
import jp.hikeshi.playbook.PlaybookRule;
import jp.hikeshi.playbook.PlaybookTask;
import jp.hikeshi.playbook.PlaybookVersion;
import jp.hikeshi.playbook.Playbooks;
import jp.hikeshi.response.internal.ResponseRecords;
import jp.hikeshi.response.internal.TaskRecords;
import jp.hikeshi.response.internal.TaskRow;
import jp.hikeshi.shared.Bilingual;
import jp.hikeshi.shared.NotFoundException;
import jp.hikeshi.shared.PageOf;
import jp.hikeshi.shared.PageRequest;
import jp.hikeshi.shared.Phrase;
import jp.hikeshi.shared.RejectedInputException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The incident's tasks: playbooks applied as tasks assigned through the role plan (GEN-2,
 * GEN-3), tasks made by hand, and their life cycle under optimistic locking. Giving a
 * task to a vendor shares the incident with that vendor.
 */
@Service
@Transactional
public class TaskDesk {

	private final TaskRecords tasks;

	private final ResponseRecords records;

	private final TaskViews views;

	private final PlaybookLibrary library;

	private final Playbooks playbooks;

	private final RolePlan rolePlan;

	private final Vendors vendors;

	private final IncidentQueries incidents;

	private final IncidentSharing sharing;

	private final TaskAssignments assignments;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	TaskDesk(TaskRecords tasks, ResponseRecords records, TaskViews views, PlaybookLibrary library, Playbooks playbooks,
			RolePlan rolePlan, Vendors vendors, IncidentQueries incidents, IncidentSharing sharing,
			TaskAssignments assignments, ApplicationEventPublisher events, Clock clock) {
		this.tasks = tasks;
		this.records = records;
		this.views = views;
		this.library = library;
		this.playbooks = playbooks;
		this.rolePlan = rolePlan;
		this.vendors = vendors;
		this.incidents = incidents;
		this.sharing = sharing;
		this.assignments = assignments;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * What applying a playbook did: the version now in use and the tasks it added (none
	 * when all were there).
	 */
	public record Application(AppliedPlaybook playbook, List<TaskView> added) {
	}

	/**
	 * Applies the latest version of the playbook (or the given version number or stored
	 * version): adds the tasks the incident does not have yet, by playbook code and task
	 * key, each assigned to whoever the role plan names for its role.
	 */
	public Application apply(Actor by, UUID incidentId, String code, Integer version, UUID versionId) {
		Permission.CHANGE.demand(by);
		incidents.get(by, incidentId);
		String wanted = code == null ? "" : code.strip();
		PlaybookVersion playbook = (versionId != null
				? library.version(by.organisation(), versionId).filter(v -> code == null || v.code().equals(wanted))
				: version != null ? playbooks.version(by.organisation(), wanted, version)
						: library.latest(by.organisation(), wanted))
			.orElseThrow(
					() -> new RejectedInputException("playbook", "response.playbook.unknown", String.valueOf(code)));
		Instant now = now();
		records.apply(by.organisation().value(), incidentId, new ResponseRecords.Applied(playbook.code(), playbook.id(),
				playbook.version(), playbook.title(), by.displayName(), now));
		List<UUID> added = new ArrayList<>();
		Map<String, ResponseRole> roles = assignments.roles(by);
		for (PlaybookTask t : playbook.tasks()) {
			Assignee assignee = Optional.ofNullable(roles.get(t.role())).flatMap(ResponseRole::taker).orElse(null);
			TaskRow row = new TaskRow(UUID.randomUUID(), by.organisation().value(), incidentId, t.process(), t.title(),
					t.guidance(), t.requirement(), t.role(), assignee, t.due() == null ? null : now.plus(t.due()),
					t.mandatory(), TaskStatus.TODO, null, playbook.code(), t.key(), by.displayName(), now, now, 0);
			if (tasks.insert(row, t.checklist())) {
				tasks.completesOn(row.id(), t.completedBy());
				added.add(row.id());
				assignments.followUp(by, null, row);
			}
		}
		events.publishEvent(audit(by, "PLAYBOOK_APPLIED", incidentId).withBoth("playbook", playbook.title())
			.with("version", playbook.version())
			.with("count", added.size())
			.summary(playbook.code() + " v" + playbook.version() + ": " + added.size() + " task(s) added")
			.at(now));
		events.publishEvent(
				new PlaybookApplied(by.organisation(), incidentId, playbook.code(), playbook.version(), added.size()));
		AppliedPlaybook applied = new AppliedPlaybook(playbook.code(), playbook.version(), playbook.id(),
				playbook.title(), by.displayName(), now, playbook.rules());
		return new Application(applied, added.stream().map(id -> views.one(tasks.find(id).orElseThrow())).toList());
	}

	/** The playbook versions the incident applied, with their rules. */
	@Transactional(readOnly = true)
	public List<AppliedPlaybook> playbooks(Actor by, UUID incidentId) {
		sharing.getShared(by, incidentId);
		return records.applied(incidentId)
			.stream()
			.map(a -> new AppliedPlaybook(a.code(), a.version(), a.versionId(), a.title(), a.appliedBy(), a.appliedAt(),
					library.version(by.organisation(), a.versionId()).map(PlaybookVersion::rules).orElse(List.of())))
			.toList();
	}

	/**
	 * The rules of every playbook in use, each once (e.g. REP-5 "never pay or
	 * negotiate").
	 */
	@Transactional(readOnly = true)
	public List<PlaybookRule> rules(Actor by, UUID incidentId) {
		return playbooks(by, incidentId).stream().flatMap(p -> p.rules().stream()).distinct().toList();
	}

	public TaskView create(Actor by, UUID incidentId, NewTask input) {
		Permission.CHANGE.demand(by);
		incidents.get(by, incidentId);
		String role = blank(input.role());
		if (role != null && rolePlan.role(by.organisation(), role).isEmpty()) {
			throw new RejectedInputException("role", "response.role.unknown", role);
		}
		Assignee assignee = input.assigneeId() != null
				? assignments.resolve(by, input.assigneeKind(), input.assigneeId())
				: role == null ? null : rolePlan.takerFor(by.organisation(), role).orElse(null);
		Instant now = now();
		List<Bilingual> checklist = input.checklist() == null ? List.of()
				: input.checklist()
					.stream()
					.filter(Objects::nonNull)
					.map(String::strip)
					.filter(s -> !s.isEmpty())
					.map(s -> new Bilingual(s, null))
					.toList();
		TaskRow row = new TaskRow(UUID.randomUUID(), by.organisation().value(), incidentId, input.process(),
				new Bilingual(input.title().strip(), null),
				blank(input.description()) == null ? null : new Bilingual(input.description().strip(), null),
				blank(input.requirement()), role, assignee,
				input.due() == null ? null : input.due().truncatedTo(ChronoUnit.MICROS),
				Boolean.TRUE.equals(input.mandatory()), TaskStatus.TODO, null, null, null, by.displayName(), now, now,
				0);
		tasks.insert(row, checklist);
		assignments.followUp(by, null, row);
		events.publishEvent(
				audit(by, "TASK_CREATED", row.id()).withBoth("title", row.title()).summary(row.title().ja()).at(now));
		return views.one(row);
	}

	/**
	 * Applies a change made on the version the caller read; a stale version is refused
	 * (409), never overwritten.
	 */
	public TaskView change(Actor by, UUID taskId, TaskChanges changes) {
		TaskRow task = views.visible(by, taskId);
		boolean staff = Permission.CHANGE.grantedTo(by);
		boolean reassigning = changes.assigneeId() != null || changes.assigneeKind() != null
				|| Boolean.TRUE.equals(changes.unassign());
		if (!staff && (reassigning || changes.due() != null)) {
			throw new AccessDeniedException("only handlers and administrators reassign a task or move its due");
		}
		if (!staff && !by.has(Role.VENDOR)) {
			throw new AccessDeniedException("managers read tasks");
		}
		if (changes.version() != task.version()) {
			throw new OptimisticLockingFailureException("task " + taskId + " is at version " + task.version()
					+ ", the change was made on " + changes.version());
		}
		TaskStatus status = changes.status() == null ? task.status() : changes.status();
		String reason = task.statusReason();
		if (changes.status() != null && changes.status() != task.status()) {
			reason = blank(changes.reason());
			if (status.needsReason() && reason == null) {
				throw new RejectedInputException("reason", "task.reason.required");
			}
		}
		Assignee assignee = Boolean.TRUE.equals(changes.unassign()) ? null
				: reassigning ? assignments.resolve(by, changes.assigneeKind(), changes.assigneeId()) : task.assignee();
		Instant due = changes.due() != null ? changes.due().truncatedTo(ChronoUnit.MICROS) : task.due();
		Instant now = now();
		TaskRow changed = task.with(status, reason, assignee, due, now);
		if (!tasks.update(changed)) {
			throw new OptimisticLockingFailureException("task " + taskId + " was changed meanwhile");
		}
		List<String> what = new ArrayList<>();
		if (status != task.status()) {
			what.add(task.status() + " -> " + status + (reason == null ? "" : " (" + reason + ")"));
			tasks.addNote(taskId, by.displayName(),
					reason == null ? Phrase.of("task.note.status", Phrase.label("taskStatus." + status))
							: Phrase.of("task.note.statusWithReason", Phrase.label("taskStatus." + status), reason),
					now);
			tasks.forgetCompletingRecord(taskId);
			events.publishEvent(new TaskStatusChanged(by.organisation(), task.incidentId(), taskId,
					task.process().name(), task.status(), status));
		}
		if (!Objects.equals(assignee, task.assignee())) {
			what.add("assignee " + (assignee == null ? "-" : assignee.name()));
			assignments.followUp(by, task.assignee(), changed);
		}
		if (!Objects.equals(due, task.due())) {
			what.add("due " + due);
		}
		for (Integer position : changes.toggle() == null ? List.<Integer>of() : changes.toggle()) {
			if (position == null || !tasks.toggle(taskId, position, by.displayName(), now)) {
				throw new RejectedInputException("toggle", "task.checklist.unknown", position);
			}
			what.add("checklist " + position);
		}
		if (blank(changes.note()) != null) {
			tasks.addNote(taskId, by.displayName(), changes.note().strip(), now.plusNanos(1000));
			what.add("note");
		}
		events.publishEvent(audit(by, "TASK_CHANGED", taskId).withBoth("title", task.title())
			.with("from", "#taskStatus." + task.status())
			.with("to", "#taskStatus." + status)
			.summary(task.title().ja() + ": " + String.join(", ", what))
			.at(now));
		return views.one(changed);
	}

	@Transactional(readOnly = true)
	public TaskView get(Actor by, UUID taskId) {
		return views.one(views.visible(by, taskId));
	}

	/** The incident's tasks; a vendor sees only the tasks given to its organisation. */
	@Transactional(readOnly = true)
	public List<TaskView> forIncident(Actor by, UUID incidentId) {
		sharing.getShared(by, incidentId);
		UUID onlyVendor = by.seesWholeOrganisation() ? null
				: vendors.vendorOf(by).orElseThrow(() -> new NotFoundException("incident", incidentId));
		return views.many(tasks.forIncident(incidentId, onlyVendor));
	}

	/**
	 * The statuses the incident's tasks of one process stand at, each once; for readers
	 * of the whole organisation.
	 */
	@Transactional(readOnly = true)
	public Set<TaskStatus> statuses(Actor by, UUID incidentId, IncidentProcess process) {
		incidents.get(by, incidentId);
		return tasks.statuses(by.organisation().value(), incidentId, process);
	}

	/**
	 * Tasks assigned to the actor or to the actor's vendor; without a status, the open
	 * ones.
	 */
	@Transactional(readOnly = true)
	public PageOf<TaskView> mine(Actor by, TaskStatus status, PageRequest page) {
		UUID vendor = by.has(Role.VENDOR) ? vendors.vendorOf(by).orElse(null) : null;
		UUID org = by.organisation().value();
		List<TaskRow> rows = tasks.assignedTo(org, by.id(), vendor, status, page.size(), page.offset());
		return new PageOf<>(views.many(rows), page.page(), page.size(),
				tasks.countAssignedTo(org, by.id(), vendor, status));
	}

	private static AuditEvent.Builder audit(Actor by, String action, UUID objectId) {
		return AuditEvent.by(by).did(action).on(action.startsWith("PLAYBOOK") ? "INCIDENT" : "TASK", objectId);
	}

	private Instant now() {
		return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
	}

	private static String blank(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
