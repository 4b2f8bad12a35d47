package jp.hikeshi.response.web;

import java.time.Clock;
import java.time.Instant;

import jp.hikeshi.response.TaskView;

import org.springframework.stereotype.Component;

/**
 * Tells the task lists which open tasks are past their due date, for the 「期限切れ」 mark
 * ({@code @taskDue.overdue(t)}).
 */
@Component("taskDue")
class TaskDueMarks {

	private final Clock clock;

	TaskDueMarks(Clock clock) {
		this.clock = clock;
	}

	public boolean overdue(TaskView task) {
		return task.due() != null && task.status().open() && task.due().isBefore(Instant.now(clock));
	}

}
