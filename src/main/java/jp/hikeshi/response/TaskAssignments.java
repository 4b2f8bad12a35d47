package jp.hikeshi.response;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import jp.hikeshi.audit.AuditEvent;
import jp.hikeshi.directory.Assignee;
import jp.hikeshi.directory.AssigneeKind;
import jp.hikeshi.directory.ResponseRole;
import jp.hikeshi.directory.RolePlan;
import jp.hikeshi.directory.VendorRef;
import jp.hikeshi.directory.Vendors;
import jp.hikeshi.identity.Actor;
import jp.hikeshi.identity.People;
import jp.hikeshi.identity.Permission;
import jp.hikeshi.identity.Person;
import jp.hikeshi.identity.Role;
import jp.hikeshi.incident.IncidentQueries;
import jp.hikeshi.incident.IncidentSharing;
import jp.hikeshi.incident.IncidentSummary;
import jp.hikeshi.incident.IncidentTimeline;
import jp.hikeshi.incident.QueueFilter;
import jp.hikeshi.response.internal.AssignmentRecords;
import jp.hikeshi.response.internal.TaskRecords;
import jp.hikeshi.response.internal.TaskRow;
import jp.hikeshi.shared.Bilingual;
import jp.hikeshi.shared.PageOf;
import jp.hikeshi.shared.PageRequest;
import jp.hikeshi.shared.Phrase;
import jp.hikeshi.shared.RejectedInputException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who does each task (GEN-2): tasks given to a person or a vendor one by one or in bulk,
 * or to whoever the role plan names for their role, always on the version that was read.
 * Every assignment is published as {@link TaskAssigned}; a task taken from one assignee
 * and given to another is written to the incident's handling log in both languages.
 */
@Service
@Transactional
public class TaskAssignments {

	/**
	 * People who can open their tasks; a vendor's own accounts receive work through their
	 * vendor.
	 */
	private static final Role[] ASSIGNABLE = { Role.ADMIN, Role.HANDLER, Role.MANAGER };

	private static final int INCIDENT_PAGES = 10;

	private static final int PROPOSAL_LIMIT = 1000;

	private final TaskRecords tasks;

	private final AssignmentRecords assignments;

	private final TaskViews views;

	private final RolePlan rolePlan;

	private final Vendors vendors;

	private final People people;

	private final IncidentQueries incidents;

	private final IncidentSharing sharing;

	private final IncidentTimeline timeline;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	TaskAssignments(TaskRecords tasks, AssignmentRecords assignments, TaskViews views, RolePlan rolePlan,
			Vendors vendors, People people, IncidentQueries incidents, IncidentSharing sharing,
			IncidentTimeline timeline, ApplicationEventPublisher events, Clock clock) {
		this.tasks = tasks;
		this.assignments = assignments;
		this.views = views;
		this.rolePlan = rolePlan;
		this.vendors = vendors;
		this.people = people;
		this.incidents = incidents;
		this.sharing = sharing;
		this.timeline = timeline;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Whom a task may be given to: enabled people who can open it, and active vendors
	 * with a VENDOR account.
	 */
	public record Choices(List<Person> users, List<VendorRef> vendors) {
	}

	/**
	 * An unassigned open task of an open incident that the role plan now staffs, with
	 * whom it would go to.
	 */
	public record Proposal(UUID taskId, int version, UUID incidentId, String incidentNumber, Bilingual title,
			String role, Bilingual roleName, Assignee assignee) {
	}

	@Transactional(readOnly = true)
	public Choices choices(Actor by) {
		Permission.CHANGE.demand(by);
		List<VendorRef> withAccount = vendors.list(by.organisation())
			.stream()
			.filter(v -> hasVendorAccount(by, v.id()))
			.toList();
		return new Choices(people.withAnyRole(by.organisation(), ASSIGNABLE), withAccount);
	}

	/**
	 * The active roles of the plan by code, to show a task's role by the name the
	 * organisation gave it.
	 */
	@Transactional(readOnly = true)
	public Map<String, ResponseRole> roles(Actor by) {
		Map<String, ResponseRole> roles = new LinkedHashMap<>();
		rolePlan.roles(by.organisation()).forEach(r -> roles.put(r.code(), r));
		return roles;
	}

	/**
	 * Gives the listed tasks of the incident to one person or vendor. A version given for
	 * a task must be the one the caller read; a task changed meanwhile refuses the whole
	 * assignment (409). Answers the tasks that changed.
	 */
	public List<TaskView> assign(Actor by, UUID incidentId, List<UUID> taskIds, AssigneeKind kind, UUID assigneeId,
			Map<UUID, Integer> versions) {
		Permission.CHANGE.demand(by);
		incidents.get(by, incidentId);
		Set<UUID> wanted = taskIds == null ? Set.of()
				: new LinkedHashSet<>(taskIds.stream().filter(Objects::nonNull).toList());
		if (wanted.isEmpty()) {
			throw new RejectedInputException("taskIds", "task.bulk.taskIds.required");
		}
		Assignee to = resolve(by, kind, assigneeId);
		List<TaskRow> rows = assignments.ofIncident(incidentId, wanted);
		if (rows.size() < wanted.size()) {
			Set<UUID> found = new LinkedHashSet<>(rows.stream().map(TaskRow::id).toList());
			UUID unknown = wanted.stream().filter(id -> !found.contains(id)).findFirst().orElseThrow();
			throw new RejectedInputException("taskIds", "task.bulk.unknown", unknown);
		}
		return give(by, rows, t -> to, versions);
	}

	/**
	 * Gives the incident's unassigned open tasks (all of them, or only the listed ones)
	 * to whoever the role plan names for their role; tasks whose role nobody staffs stay
	 * unassigned. Answers the tasks that changed.
	 */
	public List<TaskView> assignFromRolePlan(Actor by, UUID incidentId, List<UUID> onlyTasks,
			Map<UUID, Integer> versions) {
		Permission.CHANGE.demand(by);
		incidents.get(by, incidentId);
		Map<String, Assignee> takers = takers(by);
		List<TaskRow> rows = only(
				assignments.unassignedOpen(by.organisation().value(), List.of(incidentId), PROPOSAL_LIMIT), onlyTasks);
		return give(by, rows, t -> takers.get(t.role()), versions);
	}

	/**
	 * Across the open incidents: the unassigned open tasks whose role the plan now
	 * staffs, with the proposed assignee.
	 */
	@Transactional(readOnly = true)
	public List<Proposal> proposals(Actor by) {
		Map<UUID, String> open = openIncidents(by);
		Map<String, ResponseRole> roles = roles(by);
		List<Proposal> proposals = new ArrayList<>();
		for (TaskRow t : assignments.unassignedOpen(by.organisation().value(), open.keySet(), PROPOSAL_LIMIT)) {
			ResponseRole role = roles.get(t.role());
			Assignee taker = role == null ? null : role.taker().orElse(null);
			if (taker != null) {
				proposals.add(new Proposal(t.id(), t.version(), t.incidentId(), open.get(t.incidentId()), t.title(),
						t.role(), role.name(), taker));
			}
		}
		proposals.sort(Comparator.comparing(Proposal::incidentNumber));
		return proposals;
	}

	/**
	 * Confirms the proposals as they stand now (all, or only the listed tasks), each task
	 * on the version given for it when one is given. Answers the tasks that changed.
	 */
	public List<TaskView> confirm(Actor by, List<UUID> onlyTasks, Map<UUID, Integer> versions) {
		Permission.CHANGE.demand(by);
		Map<String, Assignee> takers = takers(by);
		List<TaskRow> rows = only(
				assignments.unassignedOpen(by.organisation().value(), openIncidents(by).keySet(), PROPOSAL_LIMIT),
				onlyTasks);
		return give(by, rows, t -> takers.get(t.role()), versions);
	}

	/**
	 * The assignee named in a request, if the task may be given to it: an enabled person
	 * of the organisation who can open tasks, or an active vendor of the organisation
	 * with at least one enabled VENDOR account.
	 */
	Assignee resolve(Actor by, AssigneeKind kind, UUID id) {
		if (kind == null) {
			throw new RejectedInputException("assigneeKind", "task.assigneeKind.required");
		}
		if (id == null) {
			throw new RejectedInputException("assigneeId", "task.assigneeId.required");
		}
		if (kind == AssigneeKind.VENDOR) {
			VendorRef vendor = vendors.list(by.organisation())
				.stream()
				.filter(v -> v.id().equals(id))
				.findFirst()
				.orElseThrow(() -> new RejectedInputException("assigneeId", "task.assignee.unknown", id));
			if (!hasVendorAccount(by, id)) {
				throw new RejectedInputException("assigneeId", "task.assignee.vendorWithoutAccount", vendor.name());
			}
			return new Assignee(AssigneeKind.VENDOR, vendor.id(), vendor.name());
		}
		return people.find(by.organisation(), id, ASSIGNABLE)
			.map(p -> new Assignee(AssigneeKind.USER, p.id(), p.displayName()))
			.orElseThrow(() -> new RejectedInputException("assigneeId", "task.assignee.notAssignable", id));
	}

	/**
	 * What follows a task's new assignee, once the task is written: the incident is
	 * shared with a vendor given work and no longer with one that has none left, the
	 * assignment is published, and a reassignment goes into the handling log.
	 */
	void followUp(Actor by, Assignee before, TaskRow task) {
		Assignee after = task.assignee();
		if (same(before, after)) {
			return;
		}
		if (after != null && after.kind() == AssigneeKind.VENDOR) {
			sharing.shareWith(by, task.incidentId(), after.id());
		}
		if (before != null && before.kind() == AssigneeKind.VENDOR
				&& !tasks.vendorHasWork(task.incidentId(), before.id())) {
			sharing.unshare(by, task.incidentId(), before.id());
		}
		if (after != null) {
			events.publishEvent(new TaskAssigned(by.organisation(), task.incidentId(), task.id(), after.kind(),
					after.id(), by.id(), task.updatedAt()));
		}
		if (before != null && after != null) {
			timeline.log(by, task.incidentId(),
					Phrase.of("task.reassigned.log", task.title(), before.name(), after.name()));
		}
	}

	private List<TaskView> give(Actor by, List<TaskRow> rows, Function<TaskRow, Assignee> target,
			Map<UUID, Integer> versions) {
		Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
		List<TaskRow> changed = new ArrayList<>();
		for (TaskRow task : rows) {
			Integer read = versions == null ? null : versions.get(task.id());
			if (read != null && read != task.version()) {
				throw new OptimisticLockingFailureException("task " + task.id() + " is at version " + task.version()
						+ ", the assignment was made on " + read);
			}
			Assignee to = target.apply(task);
			if (to == null || same(to, task.assignee())) {
				continue;
			}
			TaskRow next = task.with(task.status(), task.statusReason(), to, task.due(), now);
			if (!tasks.update(next)) {
				throw new OptimisticLockingFailureException("task " + task.id() + " was changed meanwhile");
			}
			followUp(by, task.assignee(), next);
			events.publishEvent(AuditEvent.by(by)
				.did("TASK_ASSIGNED")
				.on("TASK", task.id())
				.withBoth("title", task.title())
				.with("assignee", to.name())
				.summary(task.title().ja() + ": assignee " + to.name())
				.at(now));
			changed.add(next);
		}
		return views.many(changed);
	}

	private Map<String, Assignee> takers(Actor by) {
		Map<String, Assignee> takers = new LinkedHashMap<>();
		rolePlan.roles(by.organisation()).forEach(r -> r.taker().ifPresent(a -> takers.put(r.code(), a)));
		return takers;
	}

	/**
	 * The open incidents of the organisation, id to number (the queue's first pages: the
	 * ones being worked on).
	 */
	private Map<UUID, String> openIncidents(Actor by) {
		Map<UUID, String> open = new LinkedHashMap<>();
		for (int page = 0; page < INCIDENT_PAGES; page++) {
			PageOf<IncidentSummary> batch = incidents.queue(by, QueueFilter.open(),
					PageRequest.of(page, PageRequest.MAX_SIZE));
			batch.items().forEach(i -> open.put(i.id(), i.number()));
			if (batch.items().size() < PageRequest.MAX_SIZE) {
				break;
			}
		}
		return open;
	}

	private boolean hasVendorAccount(Actor by, UUID vendorId) {
		return vendors.accountsOf(by.organisation(), vendorId)
			.stream()
			.anyMatch(user -> people.find(by.organisation(), user, Role.VENDOR).isPresent());
	}

	private static List<TaskRow> only(List<TaskRow> rows, List<UUID> onlyTasks) {
		if (onlyTasks == null || onlyTasks.isEmpty()) {
			return rows;
		}
		Set<UUID> wanted = Set.copyOf(onlyTasks.stream().filter(Objects::nonNull).toList());
		return rows.stream().filter(t -> wanted.contains(t.id())).toList();
	}

	private static boolean same(Assignee a, Assignee b) {
		return a == null ? b == null : b != null && a.kind() == b.kind() && a.id().equals(b.id());
	}

}
