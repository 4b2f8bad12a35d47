package jp.hikeshi.directory;

import java.util.UUID;

/** A user (by user id) or a vendor organisation (by vendor id), with the name to show. */
public record Assignee(AssigneeKind kind, UUID id, String name) {
}
