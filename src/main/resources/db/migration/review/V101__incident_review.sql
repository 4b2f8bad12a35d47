-- The review (振り返り) of an incident when it ends (issue 16): its outcome, root cause, what went well and badly,
-- every revision as written, and the prevention measures (再発防止策) each tracked as a follow-up task.
CREATE TABLE incident_review (
    incident_id     UUID PRIMARY KEY,
    organisation_id UUID NOT NULL REFERENCES organisation (id),
    outcome         VARCHAR(20) NOT NULL,
    root_cause      VARCHAR(8000),
    went_well       VARCHAR(8000),
    went_badly      VARCHAR(8000),
    revision        INTEGER NOT NULL,
    reviewed_by_id  UUID,
    reviewed_by     VARCHAR(200) NOT NULL,
    reviewed_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE incident_review_revision (
    incident_id     UUID NOT NULL,
    revision        INTEGER NOT NULL,
    organisation_id UUID NOT NULL REFERENCES organisation (id),
    outcome         VARCHAR(20) NOT NULL,
    root_cause      VARCHAR(8000),
    went_well       VARCHAR(8000),
    went_badly      VARCHAR(8000),
    measures        VARCHAR(16000),
    reviewed_by     VARCHAR(200) NOT NULL,
    reviewed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (incident_id, revision)
);

CREATE TABLE review_measure (
    id              UUID PRIMARY KEY,
    organisation_id UUID NOT NULL REFERENCES organisation (id),
    incident_id     UUID NOT NULL,
    position        INTEGER NOT NULL,
    text            VARCHAR(2000) NOT NULL,
    owner_kind      VARCHAR(10) NOT NULL,
    owner_id        UUID NOT NULL,
    owner_name      VARCHAR(200),
    due_on          DATE NOT NULL,
    task_id         UUID,
    withdrawn       BOOLEAN NOT NULL
);
CREATE INDEX ix_review_measure_incident ON review_measure (incident_id, position);
