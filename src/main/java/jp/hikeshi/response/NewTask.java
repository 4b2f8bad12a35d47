package jp.hikeshi.response;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import jp.hikeshi.directory.AssigneeKind;
import jp.hikeshi.incident.IncidentProcess;

/**
 * A task created by hand; without an assignee it goes to whoever the role plan names for
 * the role.
 */
public record NewTask(@NotNull(message = "{task.process.required}") IncidentProcess process,
		@NotBlank(message = "{task.title.required}") @Size(max = 300, message = "{validation.size.max}") String title,
		@Size(max = 4000, message = "{validation.size.max}") String description,
		@Size(max = 20, message = "{validation.size.max}") String requirement,
		@Size(max = 60, message = "{validation.size.max}") String role, AssigneeKind assigneeKind, UUID assigneeId,
		Instant due, Boolean mandatory, List<@Size(max = 500, message = "{validation.size.max}") String> checklist) {

	/**
	 * A task of the process with only its title; the {@code with…} methods add the rest.
	 */
	public static NewTask of(IncidentProcess process, String title) {
		return new NewTask(process, title, null, null, null, null, null, null, null, null);
	}

	public NewTask withDescription(String value) {
		return new NewTask(process, title, value, requirement, role, assigneeKind, assigneeId, due, mandatory,
				checklist);
	}

	public NewTask withRequirement(String value) {
		return new NewTask(process, title, description, value, role, assigneeKind, assigneeId, due, mandatory,
				checklist);
	}

	public NewTask withRole(String value) {
		return new NewTask(process, title, description, requirement, value, assigneeKind, assigneeId, due, mandatory,
				checklist);
	}

	public NewTask withAssigneeKind(AssigneeKind value) {
		return new NewTask(process, title, description, requirement, role, value, assigneeId, due, mandatory,
				checklist);
	}

	public NewTask withAssignee(UUID value) {
		return new NewTask(process, title, description, requirement, role, assigneeKind, value, due, mandatory,
				checklist);
	}

	public NewTask withDue(Instant value) {
		return new NewTask(process, title, description, requirement, role, assigneeKind, assigneeId, value, mandatory,
				checklist);
	}

	public NewTask withMandatory(Boolean value) {
		return new NewTask(process, title, description, requirement, role, assigneeKind, assigneeId, due, value,
				checklist);
	}

	public NewTask withChecklist(List<String> value) {
		return new NewTask(process, title, description, requirement, role, assigneeKind, assigneeId, due, mandatory,
				value);
	}
}
