-- A task is playbook or hand-made work (WORK) or a follow-up action from an incident's review (FOLLOW_UP): a
-- follow-up is never mandatory, does not keep the incident open, and stays tracked after the incident is closed.
ALTER TABLE response_task ADD COLUMN kind VARCHAR(20) DEFAULT 'WORK' NOT NULL;
CREATE INDEX ix_response_task_follow_up ON response_task (organisation_id, kind, status, due_at);
