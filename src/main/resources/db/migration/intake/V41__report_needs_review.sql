-- A report the system could not read completely (e.g. a malformed mail) waits for a person to look at it.
ALTER TABLE report ADD COLUMN needs_review BOOLEAN DEFAULT FALSE NOT NULL;
CREATE INDEX ix_report_org_review ON report (organisation_id, needs_review, received_at, id);
