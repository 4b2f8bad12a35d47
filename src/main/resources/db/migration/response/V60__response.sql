-- Response work (issue 4): the playbook versions an incident applied, its tasks with check-lists and notes,
-- vendors' answers to requests, and the response policy decisions (RES-1).
CREATE TABLE incident_playbook (
    id              UUID PRIMARY KEY,
    organisation_id UUID NOT NULL REFERENCES organisation (id),
    incident_id     UUID NOT NULL,
    playbook_code   VARCHAR(60) NOT NULL,
    version_id      UUID NOT NULL,
    version_no      INTEGER NOT NULL,
    title_ja        VARCHAR(300),
    title_en        VARCHAR(300),
    applied_by_name VARCHAR(200) NOT NULL,
    applied_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE UNIQUE INDEX ux_incident_playbook ON incident_playbook (incident_id, version_id);

CREATE TABLE response_task (
    id              UUID PRIMARY KEY,
    organisation_id UUID NOT NULL REFERENCES organisation (id),
    incident_id     UUID NOT NULL,
    process         VARCHAR(20) NOT NULL,
    title_ja        VARCHAR(300),
    title_en        VARCHAR(300),
    description_ja  VARCHAR(4000),
    description_en  VARCHAR(4000),
    requirement     VARCHAR(20),
    role_code       VARCHAR(60),
    assignee_kind   VARCHAR(10),
    assignee_id     UUID,
    assignee_name   VARCHAR(200),
    due_at          TIMESTAMP WITH TIME ZONE,
    mandatory       BOOLEAN NOT NULL,
    status          VARCHAR(30) NOT NULL,
    status_reason   VARCHAR(2000),
    playbook_code   VARCHAR(60),
    task_key        VARCHAR(100),
    created_by_name VARCHAR(200) NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         INTEGER NOT NULL
);
-- two concurrent applies of one playbook cannot create a task twice
CREATE UNIQUE INDEX ux_response_task_key ON response_task (incident_id, playbook_code, task_key);
CREATE INDEX ix_response_task_incident ON response_task (incident_id, process, created_at);
CREATE INDEX ix_response_task_assignee ON response_task (assignee_id, status, due_at);

CREATE TABLE task_check_item (
    task_id   UUID NOT NULL REFERENCES response_task (id),
    position  INTEGER NOT NULL,
    text_ja   VARCHAR(500),
    text_en   VARCHAR(500),
    done      BOOLEAN NOT NULL,
    done_by   VARCHAR(200),
    done_at   TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (task_id, position)
);

CREATE TABLE task_note (
    id          UUID PRIMARY KEY,
    task_id     UUID NOT NULL REFERENCES response_task (id),
    written_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    author_name VARCHAR(200) NOT NULL,
    note        VARCHAR(4000) NOT NULL
);
CREATE INDEX ix_task_note_task ON task_note (task_id, written_at);

CREATE TABLE task_answer (
    id              UUID PRIMARY KEY,
    task_id         UUID NOT NULL REFERENCES response_task (id),
    incident_id     UUID NOT NULL,
    answer          VARCHAR(8000) NOT NULL,
    vendor_id       UUID,
    answered_by     UUID NOT NULL,
    answered_by_name VARCHAR(200) NOT NULL,
    answered_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_task_answer_task ON task_answer (task_id, answered_at);
CREATE INDEX ix_task_answer_incident ON task_answer (incident_id, answered_at);

CREATE TABLE task_answer_file (
    answer_id   UUID NOT NULL REFERENCES task_answer (id),
    position    INTEGER NOT NULL,
    evidence_id UUID NOT NULL,
    evidence_number VARCHAR(30) NOT NULL,
    file_name   VARCHAR(255),
    sha256      CHAR(64),
    PRIMARY KEY (answer_id, position)
);

CREATE TABLE response_decision (
    id              UUID PRIMARY KEY,
    organisation_id UUID NOT NULL REFERENCES organisation (id),
    incident_id     UUID NOT NULL,
    revision        INTEGER NOT NULL,
    policy          VARCHAR(8000) NOT NULL,
    decided_by_name VARCHAR(200) NOT NULL,
    decided_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE UNIQUE INDEX ux_response_decision ON response_decision (incident_id, revision);

CREATE TABLE decision_finding (
    decision_id UUID NOT NULL REFERENCES response_decision (id),
    answer_id   UUID NOT NULL REFERENCES task_answer (id),
    PRIMARY KEY (decision_id, answer_id)
);
