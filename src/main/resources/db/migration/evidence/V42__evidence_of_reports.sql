-- An evidence item belongs to an incident or, before triage, to a report (e.g. the original of a mailed report).
-- When the report is linked to an incident, the incident lists the report's items too.
ALTER TABLE evidence_item ALTER COLUMN incident_id DROP NOT NULL;
ALTER TABLE evidence_item ADD COLUMN report_id UUID;
CREATE INDEX ix_evidence_report ON evidence_item (report_id, volatility_rank, registered_at);

-- Indicators found in an item that belongs to a report; they join the incident's observables when it is linked.
CREATE TABLE evidence_observable (
    evidence_id   UUID NOT NULL REFERENCES evidence_item (id),
    observable_id UUID NOT NULL REFERENCES observable (id),
    PRIMARY KEY (evidence_id, observable_id)
);
