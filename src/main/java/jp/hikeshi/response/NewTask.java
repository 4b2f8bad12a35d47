package jp.hikeshi.response;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import jp.hikeshi.directory.AssigneeKind;
import jp.hikeshi.incident.IncidentProcess;

/** A task created by hand; without an assignee it goes to whoever the role plan names for the role. */
public record NewTask(
		@NotNull(message = "{task.process.required}") IncidentProcess process,
		@NotBlank(message = "{task.title.required}") @Size(max = 300, message = "{validation.size.max}") String title,
		@Size(max = 4000, message = "{validation.size.max}") String description,
		@Size(max = 20, message = "{validation.size.max}") String requirement,
		@Size(max = 60, message = "{validation.size.max}") String role,
		AssigneeKind assigneeKind,
		UUID assigneeId,
		Instant due,
		Boolean mandatory,
		List<@Size(max = 500, message = "{validation.size.max}") String> checklist) {
}
