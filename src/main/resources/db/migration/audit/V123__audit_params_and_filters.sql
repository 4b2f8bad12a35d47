-- Structured parameters of an entry (a small JSON object of text values), so that its message can be shown in the
-- viewer's language; entries written before carry none and keep their English summary. The hash of an entry with
-- parameters covers them (see AuditChain.hash), so older entries hash as before.
ALTER TABLE audit_entry ADD COLUMN params VARCHAR(4000);
ALTER TABLE audit_pending ADD COLUMN params VARCHAR(4000);

-- The audit page and API filter by actor, action and object within an organisation and page newest first by
-- (occurred_at, id): one index per filter, each ending in the paging order. ix_audit_org_time (V5) serves the
-- unfiltered list and the period filter.
CREATE INDEX ix_audit_org_actor_time ON audit_entry (organisation_id, actor, occurred_at DESC, id DESC);
CREATE INDEX ix_audit_org_action_time ON audit_entry (organisation_id, action, occurred_at DESC, id DESC);
CREATE INDEX ix_audit_org_object_time ON audit_entry (organisation_id, object_type, object_id, occurred_at DESC, id DESC);
