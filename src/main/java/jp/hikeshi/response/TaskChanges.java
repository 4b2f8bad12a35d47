package jp.hikeshi.response;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import jp.hikeshi.directory.AssigneeKind;

/**
 * A change to a task made on the version the caller read. Absent fields stay as they are;
 * {@code unassign} takes the task off its assignee; {@code toggle} flips the check-list
 * items at these positions; {@code note} appends to the log. A new assignee takes both
 * {@code assigneeKind} and {@code assigneeId}.
 */
public record TaskChanges(@NotNull(message = "{task.version.required}") Integer version, TaskStatus status,
		@Size(max = 2000, message = "{validation.size.max}") String reason, AssigneeKind assigneeKind, UUID assigneeId,
		Boolean unassign, Instant due, List<Integer> toggle,
		@Size(max = 4000, message = "{validation.size.max}") String note) {
}
