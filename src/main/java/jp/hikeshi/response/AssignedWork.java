package jp.hikeshi.response;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import jp.hikeshi.directory.AssigneeKind;
import jp.hikeshi.directory.Vendors;
import jp.hikeshi.identity.Actor;
import jp.hikeshi.identity.Permission;
import jp.hikeshi.identity.Role;
import jp.hikeshi.response.internal.WorkRecords;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Someone's response work for the home page: the open tasks given to them (or to their
 * vendor), and for handlers and administrators the vendors' answers waiting for review.
 * Reads at most a page of rows, whatever the number of tasks.
 */
@Service
@Transactional(readOnly = true)
public class AssignedWork {

	/**
	 * The status a task takes when its vendor answered (written as text so that it reads
	 * once the status exists).
	 */
	public static final String ANSWERED = "ANSWERED";

	/**
	 * Open and still the holder's to do: an answered request waits for the handler's
	 * review, not for its vendor.
	 */
	private static final List<String> OPEN = Arrays.stream(TaskStatus.values())
		.filter(TaskStatus::open)
		.map(Enum::name)
		.filter(status -> !status.equals(ANSWERED))
		.toList();

	private static final Comparator<WorkItem> DUE_FIRST = Comparator
		.comparing(WorkItem::due, Comparator.nullsLast(Comparator.<Instant>naturalOrder()))
		.thenComparing(WorkItem::id);

	private final WorkRecords records;

	private final Vendors vendors;

	AssignedWork(WorkRecords records, Vendors vendors) {
		this.records = records;
		this.vendors = vendors;
	}

	/**
	 * The first {@code limit} open tasks assigned to the actor, or to the actor's vendor
	 * for a VENDOR account: the earliest due first (so the overdue ones lead), tasks
	 * without a due date last.
	 */
	public List<WorkItem> openFor(Actor by, int limit) {
		List<WorkRecords.Holder> holders = new ArrayList<>();
		holders.add(new WorkRecords.Holder(AssigneeKind.USER.name(), by.id()));
		if (by.has(Role.VENDOR)) {
			vendors.vendorOf(by).ifPresent(v -> holders.add(new WorkRecords.Holder(AssigneeKind.VENDOR.name(), v)));
		}
		return records.heldBy(by.organisation().value(), holders, OPEN, limit)
			.stream()
			.sorted(DUE_FIRST)
			.limit(limit)
			.toList();
	}

	/**
	 * The answered requests waiting for a handler's review, the one waiting longest
	 * first; none for other roles.
	 */
	public List<WorkItem> answersToReview(Actor by, int limit) {
		if (!Permission.CHANGE.grantedTo(by)) {
			return List.of();
		}
		return records.inStatus(by.organisation().value(), ANSWERED, limit);
	}

}
