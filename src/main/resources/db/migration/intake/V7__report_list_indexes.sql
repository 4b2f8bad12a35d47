-- The report list filtered by category and status together (the triage view): the index holds both, so the
-- page is read in order from the index and the count needs no table rows (see docs/benchmarks.md).
CREATE INDEX ix_report_org_category_status ON report (organisation_id, category, status, received_at, id);
