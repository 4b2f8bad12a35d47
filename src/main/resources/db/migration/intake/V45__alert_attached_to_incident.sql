-- The desk can attach alerts to an existing incident instead of promoting them to a report (DET-2). The incident
-- is referenced by id and number only (no foreign key into the incident module's tables); its alerts are listed
-- newest activity first through their own index.
ALTER TABLE alert ADD COLUMN incident_id UUID;
ALTER TABLE alert ADD COLUMN incident_number VARCHAR(40);
CREATE INDEX ix_alert_incident ON alert (incident_id, last_seen_at DESC, id DESC);
