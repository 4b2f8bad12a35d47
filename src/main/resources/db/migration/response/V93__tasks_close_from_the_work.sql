-- Tasks close from the work (issue 16). A task applied from a playbook keeps what completes it (completes_on_*: the
-- kind of work, an optional subject such as ISOLATE_DEVICE or PPC_PRELIMINARY, and the state the record must reach);
-- completed_by_* name the record that completed it, and completed_from the status it had, for re-opening on undo.
ALTER TABLE response_task ADD COLUMN completes_on_work VARCHAR(20);
ALTER TABLE response_task ADD COLUMN completes_on_subject VARCHAR(40);
ALTER TABLE response_task ADD COLUMN completes_on_state VARCHAR(20);
ALTER TABLE response_task ADD COLUMN completed_by_kind VARCHAR(20);
ALTER TABLE response_task ADD COLUMN completed_by_record UUID;
ALTER TABLE response_task ADD COLUMN completed_from VARCHAR(30);
ALTER TABLE response_task ADD COLUMN completed_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX ix_response_task_completes_on ON response_task (incident_id, completes_on_work);

-- The work recorded on an incident as its events arrive (latest state per record), so that a playbook applied later
-- finds the work already done, and an undone record's task can be completed by another record of the same kind.
CREATE TABLE response_work (
    organisation_id UUID NOT NULL REFERENCES organisation (id),
    incident_id     UUID NOT NULL,
    work            VARCHAR(20) NOT NULL,
    record_id       UUID NOT NULL,
    subject         VARCHAR(40),
    state           VARCHAR(20) NOT NULL,
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (incident_id, work, record_id)
);
