-- An acquisition request (RES-2) names the evidence its answer produced. Evidence stores only the task's id, so the
-- evidence module does not depend on the response module.
ALTER TABLE evidence_item ADD COLUMN request_task_id UUID;
CREATE INDEX ix_evidence_request_task ON evidence_item (request_task_id);
