-- Open tasks falling due soon or overdue, across organisations, for the due reminders.
CREATE INDEX ix_response_task_due ON response_task (due_at, status);
