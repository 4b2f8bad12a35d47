-- The home page (issue 16, item 6) reads each person's work with a few LIMITed range scans, never counting or
-- sorting everything: a person's or a vendor's open tasks per status in due order, the answers waiting for review
-- oldest first, and the incidents shared with a vendor most recently shared first.
CREATE INDEX ix_response_task_mine ON response_task (organisation_id, assignee_kind, assignee_id, status, due_at, id);
CREATE INDEX ix_response_task_status ON response_task (organisation_id, status, updated_at, id);
CREATE INDEX ix_incident_participant_recent ON incident_participant (vendor_id, shared_at, incident_id);
